/** The line chart's words for choosing a time range. */
export const brushWords = {
  brushKeyboardHint:
    'Shift+panah kiri atau kanan memilih rentang waktu dari titik yang difokus, Enter menerapkannya sebagai filter; seret pada grafik untuk memilih dengan penunjuk.',
  range: 'Rentang',
  rangeHint: 'Enter menyaring widget lain, Esc membatalkan.',
  rangeCancelled: 'Rentang dibatalkan.',
};
