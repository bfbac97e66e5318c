import type { BilingualText } from '../lang.ts';

/** Public-service metrics: their labels, grades and errors. */
export const metricWords = {
  ikmRequirements: 'Persyaratan',
  ikmSystemsMechanismsProcedures: 'Sistem, Mekanisme, dan Prosedur',
  ikmCompletionTime: 'Waktu Penyelesaian',
  ikmCostFee: 'Biaya/Tarif',
  ikmServiceProductSpecification: 'Produk Spesifikasi Jenis Pelayanan',
  ikmStaffCompetence: 'Kompetensi Pelaksana',
  ikmStaffConduct: 'Perilaku Pelaksana',
  ikmHandlingComplaintsSuggestionsFeedback: 'Penanganan Pengaduan, Saran dan Masukan',
  ikmFacilitiesInfrastructure: 'Sarana dan Prasarana',
  ikmWeightPositiveNumberExact: (weight: string | number) =>
    `Bobot IKM harus angka positif, 'exact' atau 'printed', bukan ${weight}.`,
  ikmVeryGood: 'Sangat Baik',
  ikmGood: 'Baik',
  ikmFair: 'Kurang Baik',
  ikmPoor: 'Tidak Baik',
  ikmValue: 'Nilai IKM',
  ikmAnswerColumnsButElement: (answersLength: string | number, elementsLength: string | number) =>
    `IKM: ${answersLength} kolom jawaban tetapi ${elementsLength} label unsur.`,
  ikmAnswersWholeNumbersEvery: (text: BilingualText) =>
    `Jawaban IKM harus bilangan bulat 1 sampai 4 di setiap unsur; ada yang kosong, bukan angka, atau di luar rentang: ${text.id}. Perbaiki data survei sebelum menghitung IKM.`,
  pekpppExcellentService: 'Pelayanan Prima',
  pekpppGoodNotes: 'Baik (dengan catatan)',
  pekpppAdequate: 'Cukup',
  pekpppAdequateNotes: 'Cukup (dengan catatan)',
  pekpppPoor: 'Buruk',
  pekpppVeryPoor: 'Sangat Buruk',
  pekpppFailed: 'Gagal',
  pekpppIndex: 'Indeks PEKPPP',
  pekpppScoresOnePerIndicator: (detail: BilingualText) =>
    `Nilai PEKPPP harus 0 sampai 5, satu per indikator yang dikenal versi bobot, per kelompok (kelompokkan per unit dan tahun): ${detail.id}.`,
  pekpppPublicServiceIndex: 'Indeks Pelayanan Publik (PEKPPP)',
  pekpppScoresOutsideUnknownIndicators:
    'PEKPPP: nilai di luar 0..5, indikator tak dikenal, atau indikator dinilai dua kali (kelompokkan per unit dan tahun); baris',
  iidVeryInnovative: 'Sangat Inovatif',
  iidInnovative: 'Inovatif',
  iidLessInnovative: 'Kurang Inovatif',
  iidCannotAssessedDisclaimer: 'Tidak Dapat Dinilai',
  iidValue: 'IID',
  iidInvalidDataIndicatorsScores: (d: BilingualText) =>
    `Data IID tidak valid (indikator 1..35, skor >= 0, indikator 16..35 dengan id inovasi): ${d.id}.`,
  iidRegionalInnovationIndex: 'Indeks Inovasi Daerah (IID)',
  iidIndicatorsOutsideEmptyNegative:
    'IID: indikator di luar 1..35, skor kosong/negatif, atau indikator inovasi tanpa id; baris',
  serviceColumnHoldsNonNumber: (c: string | number, c2: string | number) =>
    `Kolom "${c}" berisi bukan angka: ${c2}.`,
  serviceTimeCompletionRate: 'Persentase selesai tepat waktu',
  serviceShareApplicationsOnline: 'Porsi permohonan daring',
  serviceApplicationBacklog: 'Tunggakan permohonan',
  serviceMedianDaysComplete: 'Median hari penyelesaian',
  serviceComplaintResolutionRate: 'Persentase pengaduan selesai',
  serviceMeanDaysRespondComplaints: 'Rata-rata hari menanggapi pengaduan',
  ikmSomeAnswersEmptyNot:
    'IKM: ada jawaban kosong, bukan angka, atau di luar 1..4 (periksa dengan validateIkmAnswers); baris',
  ikmNineAnswerColumnsU: 'sembilan kolom jawaban U1..U9, urut seperti dalam PermenPANRB 14/2017',
  ikmCommunitySatisfactionIndex: 'Indeks Kepuasan Masyarakat (IKM)',
  ikmConvertedValuePerPermenpanrb:
    'Nilai IKM konversi 25-100 menurut PermenPANRB 14/2017, per kelompok (groupBy).',
  ikmNrr: (code: string, label: BilingualText | undefined) =>
    `NRR ${code}${label ? ` ${label.id}` : ''}`,
  ikmAnswerColumnOneElement: 'kolom jawaban satu unsur, mis. "U3 Waktu"',
  ikmRespondents: 'Jumlah responden IKM',
  populationPositiveWholeNumber: (population: string | number) =>
    `Populasi harus bilangan bulat positif, bukan ${population}.`,
  krejcieMorganTablePopulation: (population: string | number) =>
    `tabel Krejcie-Morgan untuk populasi ${population}`,
  defaultMinimumPopulationUnknown: 'batas minimum bawaan (populasi tidak diketahui)',
  respondentsFewerThanRequired: (
    respondents: string | number,
    required: string | number,
    why: BilingualText,
  ) =>
    `Responden ${respondents}, kurang dari ${required} yang diperlukan menurut ${why.id}; nilai IKM belum dapat diandalkan.`,
};
