import type { Translation } from '../catalogue.ts';
import type { queryErrors as id } from '../id/query-errors.ts';

export const queryErrors: Translation<typeof id> = {
  dataGrouped: 'the data is grouped',
  otherMeasuresAggregates: 'other measures are aggregates',
  dashboardUsesPantauServer:
    'This dashboard uses a Pantau server, which answers widgets (query plans), not SQL. Remove the SQL query from the page script, or use a dashboard without the server attribute.',
  pantauSourceNameDashboard: (specName) =>
    `<pantau-source name="${specName}"> is in a dashboard that uses a Pantau server: its source is the server's table, so remove the src attribute (or rows). To load a file in the page, use a dashboard without the server attribute.`,
  pantauServerCannotReached: (server) =>
    `The Pantau server at ${server} cannot be reached. Check the network connection, then click Try again; if it keeps happening, contact the server's administrator.`,
  pantauServerDidNot: (server, seconds) =>
    `The Pantau server at ${server} did not answer within ${seconds} seconds. Click Try again in a moment; if it keeps happening, contact the server's administrator.`,
  pantauServerNoTable: (server, table) =>
    `The Pantau server at ${server} has no table "${table}". Check the name attribute of <pantau-source> (a file name in the server's data folder, without its extension).`,
  pantauServerLeftOne:
    "The Pantau server left one widget's question unanswered. Try again; if it keeps happening, check the server's version.",
  measureNameNotValid: (shown, maxAliasLength) =>
    `Measure name "${shown}" is not valid: it must be 1 to ${maxAliasLength} characters without NUL.`,
  serverAnswerUnreadable: (shown) =>
    `The Pantau server gave an answer that cannot be read${shown}. Try again; if it keeps happening, contact the server's administrator.`,
  serverFramesUnreadable: (why) =>
    `The Pantau server's answer cannot be read (${why}). Try again; if it keeps happening, check the proxy in front of the server and the server's version.`,
};
