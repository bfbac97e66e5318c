import type { Translation } from '../catalogue.ts';
import type { sourceErrors as id } from '../id/source-errors.ts';

export const sourceErrors: Translation<typeof id> = {
  csvText: 'CSV text',
  parquet: 'Parquet',
  arrowIpc: 'Arrow IPC',
  json: 'JSON',
  htmlPage: 'an HTML page',
  excelWorkbook: 'an Excel workbook',
  unrecognisedBinaryData: 'unrecognised binary data',
  serverSentWebPage:
    'The server sent a web page, usually because the file address is wrong (a 404 or login page).',
  saveSheetCsvFile: 'Save the sheet as CSV (File > Save As > CSV UTF-8) and use that file.',
  checkSrcAttributeFile: 'Check the src attribute and that the file is on the same server.',
  reloadPageLittleWhile:
    "Reload the page in a little while; if it keeps happening, contact whoever runs the file's server.",
  connectionServerFailedDropped: 'the connection to the server failed or was dropped',
  checkNetworkConnectionThen:
    "Check the network connection, then reload the page; if it keeps happening, check that the file's server is up and the src attribute is right.",
  serverDidNotAnswer: (seconds) =>
    `the server did not answer, or stopped sending data, for ${seconds} s`,
  reloadPageLaterLarge:
    'Reload the page later; for a large file on a slow network, raise the timeout attribute of <pantau-source> (for example timeout="120s").',
  serverAnsweredHttp: (status) => `the server answered HTTP ${status}`,
  sourceCouldNotFetched: (source, url, reason, advice) =>
    `Source "${source}" could not be fetched from ${url}: ${reason.en}. ${advice.en}`,
  loadingSourceStoppedBecause: (source) =>
    `Loading source "${source}" was stopped because its element left the page or its src changed.`,
  fileSourceChangedServer: (source, url) =>
    `The file of source "${source}" (${url}) changed on the server while it was being read, more than once. Wait until the file's update is finished, then reload the page; site maintainers should replace files in one step (write to a temporary name, then rename).`,
  notValidParquetFile: 'not a valid Parquet file',
  checkFileAddressFormat: (error) => `(${error}) Check the file address and the format attribute.`,
  sizeIs: (bytes) => `is ${bytes}`,
  needsColumnsLoaded: (bytes) => `needs ${bytes} for the columns loaded`,
  sourceOverLimitOne: (source, what, limit) =>
    `Source "${source}" ${what.en}, over the ${limit} limit for one source. Ways out: load only the columns used (columns="a, b" on a Parquet source), serve a smaller or pre-aggregated file, put the data behind a Pantau server (@pantau/server), or raise the limit with max-source-size="1GB" on <pantau-dashboard> (setEngineLimits({ maxSourceBytes }) from script) if readers' devices have the memory.`,
  fileSourceEmptyCheck: (source) =>
    `The file of source "${source}" is empty. Check that the right file was uploaded to the server.`,
  sourceShouldButHolds: (source, formatName, actual, advice) =>
    `Source "${source}" should be ${formatName}, but it holds ${actual.en}. ${advice?.en ?? 'Check the file and the format attribute.'}`,
  fileSourceCouldNot: (format, source, problem) =>
    `The ${format} file of source "${source}" could not be read: ${problem.en}`,
  formatReaderCode: (format) => `The ${format} reader's code`,
  sourceReader: 'The source reader',
  sourceCouldNotLoaded: (what, source, message) =>
    `${what.en} for source "${source}" could not be loaded (${message}). Check that every .js file beside pantau.js was copied to the server, then reload the page.`,
  sourceNoColumnWhich: (source, asked, list) =>
    `Source "${source}" has no column ${asked}, which the columns attribute asks for. Available columns: ${list}.`,
  holdArrayObjectsSuch:
    'it must hold an array of objects, such as [{"unit": "Dinkes", "value": 88.5}].',
  elementNotObjectEvery: (bad) =>
    `element ${bad} is not an object; every element must be one row {"column": value}.`,
  notValidJsonCheck: (i, reason) => `it is not valid JSON (${reason}). Check line ${i}.`,
  lineFieldsButHeader: (line, fields, expected, delimiter) =>
    `line ${line} has ${fields} fields but the header has ${expected}. Fix that line (a stray "${delimiter}" or a missing quote) and save the file again.`,
  line: (line) => ` on line ${line}`,
  message2: '',
  sourceIsUtf16: (source) =>
    `Source "${source}" is saved as UTF-16 text without a byte-order mark. Save it again as CSV UTF-8 (File > Save As > CSV UTF-8) and use that file.`,
  lookupKeyNotUnique: (source, column, examples) =>
    `Source "${source}" is loaded with key="${column}", but the key is not unique: ${examples}. A lookup table needs one row per code: remove the repeated rows or choose another key column.`,
  integersTooLong: (column) =>
    `Column "${column}" holds integers of more than 38 digits; DuckDB cannot compute with them exactly, so the column is kept as text.`,
  arrowFileUnreadable: (error) => `${error}. Write the file again in Arrow IPC format.`,
  numbersTooLong: (column) =>
    `Column "${column}" holds numbers of more than 38 digits; DuckDB cannot hold them exactly, so its values are rounded (DOUBLE). Store that column as text or in a larger unit.`,
  duckdbRefusedFile: (where, engineLine) =>
    `DuckDB refused it${where.en} (${engineLine}). Check the file's contents and its field separator.`,
};
