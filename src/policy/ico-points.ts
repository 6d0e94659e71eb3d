// The points of data protection law a worker or rep can raise about a kind of monitoring, each with the
// UK GDPR articles it rests on and the ICO guidance that explains it. The explanation is in our own words
// in public/_locales/en/messages.json under kind_ico_<id>; the citations are data here, since article
// numbers are not translated. Templates, not legal advice: every view that shows them says so.

export const ICO_POINT_IDS = [
  'lawful_basis',
  'transparency',
  'purpose',
  'proportionality',
  'minimisation',
  'dpia',
  'consultation',
  'special_category',
  'alternative',
  'automated_decisions',
  'accuracy',
  'home_working',
  'content_over_traffic',
  'private_areas',
  'audio_intrusive',
  'covert',
  'private_time',
  'retention',
  'access',
  'rights',
] as const;
export type IcoPointId = (typeof ICO_POINT_IDS)[number];

export const ICO_SOURCES = {
  monitoring_workers: {
    title: 'Employment practices and data protection: monitoring workers',
    publisher: "Information Commissioner's Office",
    published: '2023-10-03',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/employment-information/employment-practices-and-data-protection-monitoring-workers/',
  },
  biometric_recognition: {
    title: 'Biometric data guidance: Biometric recognition',
    publisher: "Information Commissioner's Office",
    published: '2024-02-23',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/lawful-basis/biometric-data-guidance-biometric-recognition/',
  },
  serco_notice: {
    title:
      'Enforcement notice to Serco Leisure Operating Limited (facial recognition and fingerprint scanning for staff attendance)',
    publisher: "Information Commissioner's Office",
    published: '2024-02-19',
    url: 'https://ico.org.uk/about-the-ico/media-centre/news-and-blogs/2024/02/ico-orders-serco-leisure-to-stop-using-facial-recognition-technology/',
  },
  video_surveillance: {
    title: 'Video surveillance (including guidance for organisations using CCTV)',
    publisher: "Information Commissioner's Office",
    published: '2022-02-15',
    url: 'https://ico.org.uk/for-organisations/uk-gdpr-guidance-and-resources/cctv-and-video-surveillance/guidance-on-video-surveillance-including-cctv/',
  },
  interception_regulations: {
    title:
      'The Investigatory Powers (Interception by Businesses etc. for Monitoring and Record-keeping Purposes) Regulations 2018 (SI 2018/356)',
    publisher: 'legislation.gov.uk',
    published: '2018-03-08',
    url: 'https://www.legislation.gov.uk/uksi/2018/356/contents/made',
  },
} as const;
export type IcoSourceId = keyof typeof ICO_SOURCES;

export interface IcoPoint {
  /** UK GDPR articles, as cited ("6(1)(f)"), and any other provision ("DPA 2018 Sch. 1 Pt 1"). */
  articles: readonly string[];
  sources: readonly IcoSourceId[];
}

const MW: readonly IcoSourceId[] = ['monitoring_workers'];

export const ICO_POINTS: Readonly<Record<IcoPointId, IcoPoint>> = {
  lawful_basis: { articles: ['UK GDPR Art. 6(1)'], sources: MW },
  transparency: {
    articles: ['UK GDPR Art. 5(1)(a)', 'UK GDPR Art. 12', 'UK GDPR Art. 13', 'UK GDPR Art. 14'],
    sources: MW,
  },
  purpose: { articles: ['UK GDPR Art. 5(1)(b)'], sources: MW },
  proportionality: { articles: ['UK GDPR Art. 5(1)(a)', 'UK GDPR Art. 6(1)'], sources: MW },
  minimisation: { articles: ['UK GDPR Art. 5(1)(c)'], sources: MW },
  dpia: { articles: ['UK GDPR Art. 35'], sources: MW },
  consultation: { articles: ['UK GDPR Art. 35(9)'], sources: MW },
  special_category: {
    articles: ['UK GDPR Art. 9(1)', 'UK GDPR Art. 9(2)', 'DPA 2018 Sch. 1 Pt 1 para. 1'],
    sources: ['monitoring_workers', 'biometric_recognition'],
  },
  alternative: {
    articles: ['UK GDPR Art. 4(11)', 'UK GDPR Art. 9(2)(a)', 'UK GDPR Art. 5(1)(c)'],
    sources: ['biometric_recognition', 'serco_notice'],
  },
  automated_decisions: { articles: ['UK GDPR Art. 22', 'UK GDPR Art. 13(2)(f)'], sources: MW },
  accuracy: { articles: ['UK GDPR Art. 5(1)(d)', 'UK GDPR Art. 16'], sources: MW },
  home_working: { articles: ['UK GDPR Art. 5(1)(a)', 'UK GDPR Art. 5(1)(c)'], sources: MW },
  content_over_traffic: {
    articles: ['UK GDPR Art. 5(1)(c)', 'SI 2018/356'],
    sources: ['monitoring_workers', 'interception_regulations'],
  },
  private_areas: {
    articles: ['UK GDPR Art. 5(1)(a)', 'UK GDPR Art. 5(1)(c)'],
    sources: ['monitoring_workers', 'video_surveillance'],
  },
  audio_intrusive: { articles: ['UK GDPR Art. 5(1)(c)'], sources: ['monitoring_workers', 'video_surveillance'] },
  covert: { articles: ['UK GDPR Art. 5(1)(a)'], sources: MW },
  private_time: { articles: ['UK GDPR Art. 5(1)(c)'], sources: MW },
  retention: { articles: ['UK GDPR Art. 5(1)(e)'], sources: MW },
  access: { articles: ['UK GDPR Art. 5(1)(f)', 'UK GDPR Art. 32'], sources: MW },
  rights: { articles: ['UK GDPR Art. 15', 'UK GDPR Art. 21'], sources: MW },
};

export const icoPointKey = (point: IcoPointId): string => `kind_ico_${point}`;
