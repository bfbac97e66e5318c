/** The wire to a Pantau server: request and error shapes, and the results framing. */

export {
  REQUEST_ID,
  fromWireError,
  toWireError,
  type RemoteQueryBody,
  type RemoteQueryRequest,
  type RemoteTables,
  type WireError,
} from './wire.ts';
export {
  RESULTS_CONTENT_TYPE,
  decodeResults,
  encodeResults,
  type IpcDecoder,
  type ResultFrame,
} from './results-frames.ts';
// Only the stub loads with the page; the connector itself is a chunk of its own.
export { remoteConnector, type RemoteConnection } from './remote.ts';
export type { RemoteOptions } from './remote-connector.ts';
