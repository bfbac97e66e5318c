import { useState } from 'react';

/**
 * Pantau elements in React 19 JSX: attributes as props, `on<event>` props for Pantau's events.
 * Data files are served from ./data/ on this site.
 */
export function App() {
  const [chosen, setChosen] = useState('');
  return (
    <main>
      <h1>Pantau in React 19</h1>
      <pantau-dashboard lang="en">
        <pantau-source name="ikm" src="./data/ikm_responses.parquet"></pantau-source>
        <pantau-source name="innovations" src="./data/innovations.csv"></pantau-source>
        <pantau-kpi source="innovations" value="count(*)" title="Regional innovations"></pantau-kpi>
        <pantau-gauge source="ikm" value="ikm" bands="ikm" title="City IKM"></pantau-gauge>
        <pantau-bar-chart
          source="ikm"
          x="unit_code"
          y="ikm"
          bands="ikm"
          orientation="horizontal"
          sort="desc"
          limit={8}
          title="Highest IKM by unit"
          onpantau-select={(event) => setChosen(JSON.stringify(event.detail.selection))}
        ></pantau-bar-chart>
        <pantau-table
          source="innovations"
          columns="name:Innovation, unit_code:Unit, stage:Stage"
          page-size="5"
          title="Innovations"
        ></pantau-table>
      </pantau-dashboard>
      <p>{chosen ? `Chosen: ${chosen}` : 'Choose a bar to filter the other widgets.'}</p>
    </main>
  );
}
