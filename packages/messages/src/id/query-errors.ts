/** Plans and remote answers that cannot be used. */
export const queryErrors = {
  dataGrouped: 'data dikelompokkan',
  otherMeasuresAggregates: 'ukuran lain berupa agregat',
  dashboardUsesPantauServer:
    'Dasbor ini memakai server Pantau, yang hanya menjawab widget (rencana kueri), bukan SQL. Hapus kueri SQL dari skrip halaman, atau pakai dasbor tanpa atribut server.',
  pantauSourceNameDashboard: (specName: string | number) =>
    `<pantau-source name="${specName}"> ada di dasbor yang memakai server Pantau: sumbernya adalah tabel server, jadi hapus atribut src (atau rows). Untuk memuat berkas di halaman, pakai dasbor tanpa atribut server.`,
  pantauServerCannotReached: (server: string | number) =>
    `Server Pantau di ${server} tidak dapat dihubungi. Periksa koneksi jaringan, lalu klik Coba lagi; bila berulang, hubungi pengelola server.`,
  pantauServerDidNot: (server: string | number, seconds: string | number) =>
    `Server Pantau di ${server} tidak menjawab dalam ${seconds} detik. Klik Coba lagi sebentar lagi; bila berulang, hubungi pengelola server.`,
  pantauServerNoTable: (server: string | number, table: string | number) =>
    `Server Pantau di ${server} tidak punya tabel "${table}". Periksa atribut name pada <pantau-source> (nama berkas di folder data server, tanpa ekstensi).`,
  pantauServerLeftOne:
    'Server Pantau tidak menjawab salah satu widget. Coba lagi; bila berulang, periksa versi server.',
  measureNameNotValid: (shown: string | number, maxAliasLength: string | number) =>
    `Nama ukuran "${shown}" tidak valid: harus 1 sampai ${maxAliasLength} karakter tanpa NUL.`,
  serverAnswerUnreadable: (shown: string | number) =>
    `Server Pantau memberi jawaban yang tidak dapat dibaca${shown}. Coba lagi; bila berulang, hubungi pengelola server.`,
  serverFramesUnreadable: (why: string | number) =>
    `Jawaban server Pantau tidak dapat dibaca (${why}). Coba lagi; bila berulang, periksa proxy di depan server dan versi server.`,
};
