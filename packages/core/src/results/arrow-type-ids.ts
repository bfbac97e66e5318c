/**
 * The Arrow type ids plain-values.ts switches on, written out rather than imported: importing
 * apache-arrow's `Type` enum brings its module of every Arrow enum into a page's first script,
 * before DuckDB (bundle size, issue 6). The ids are fixed by the Arrow format (Schema.fbs);
 * test/results/arrow-type-ids.test.ts checks each against apache-arrow's own enum.
 */
export const ARROW_TYPE = Object.freeze({
  Int: 2,
  Int8: -2,
  Int16: -3,
  Int32: -4,
  Int64: -5,
  Uint8: -6,
  Uint16: -7,
  Uint32: -8,
  Uint64: -9,
  Float: 3,
  Float16: -10,
  Float32: -11,
  Float64: -12,
  Decimal: 7,
  Date: 8,
  DateDay: -13,
  DateMillisecond: -14,
  Timestamp: 10,
  TimestampSecond: -15,
  TimestampMillisecond: -16,
  TimestampMicrosecond: -17,
  TimestampNanosecond: -18,
  Bool: 6,
  Utf8: 5,
  LargeUtf8: 20,
  Dictionary: -1,
});
