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
