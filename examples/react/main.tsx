import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setAssetBase } from '@pantau/core';
// Defines every <pantau-*> element; the second import types them in JSX (attributes and events).
import '@pantau/widgets/define';
import type {} from '@pantau/widgets/react';
import { App } from './App.tsx';

// DuckDB's wasm and worker files, copied from @pantau/widgets/dist/cdn/duckdb/ to this site.
setAssetBase('./duckdb/');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
