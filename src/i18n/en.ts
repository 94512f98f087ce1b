/**
 * The English edition's words: every word the site prints that is not content
 * (content — headline, sections, fact labels, names — lives in `content/`).
 * Checked against `UiStringsSchema` (src/i18n/schema.ts) when the edition
 * loads: a missing or empty key stops the build naming this file and the key.
 *
 * `{name}` marks a value filled in at build time (a number through the
 * edition's formatter, a title, a link); every template's placeholders are
 * listed in the schema's description of the key.
 */
import type { UiStrings } from './schema.ts';

export default {
  format: {
    numberLocale: 'en-US',
    dateLocale: 'en-GB',
    compareLocale: 'en',
    scales: [
      { from: 1e12, divisor: 1e12, word: 'trillion' },
      { from: 1e9, divisor: 1e9, word: 'billion' },
      { from: 1e6, divisor: 1e6, word: 'million' },
    ],
    scaleJoiner: ' ',
    unitJoiner: ' ',
    smallNumbers: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
    rangeDash: '–',
    listSeparator: ', ',
    north: 'N',
    south: 'S',
    east: 'E',
    west: 'W',
    units: {},
    paragraph: '¶{n}',
    reading: { unit: 'words', perMinute: 230 },
    lowerMidSentence: true,
  },
  site: {
    skipLink: 'Skip to content',
    navLabel: 'Site',
    navStory: 'Story',
    navSources: 'Sources & method',
    feedTitle: 'Corrections and updates',
    pageTitle: '{title} · {site}',
    themeToggle: 'Dark theme',
    languages: 'Language',
  },
  footer: {
    basedOn:
      'Based on “{headline}”, {kind} from {dateline}. The report is undated; it describes events of {covers}. Public copy: {publisher}, {date}.',
    publisherIs: '{fact} (source: {source}).',
    method:
      'Explained in our own words; quotations are marked and attributed, and our analysis is labelled as such. Every number links back to its source on the {sources} page. Data: {json} · {csv}.',
    sourcesLink: 'sources & method',
    corrections: '{corrections} ({feed}).',
    correctionsLink: 'Corrections and updates',
    feedLink: 'Atom feed',
  },
  header: {
    eyebrow: 'Explainer · China, Germany and the car industry',
    note: 'Note:',
    ageNote:
      'This explainer, published {published}, is based on {kind} about events of {covers}; its public copy appeared on {copyDate}. It does not cover anything that has happened since.',
    credit:
      'By the {site} team, in our own words, from {kind} filed in {dateline}, whose public copy appeared in {publisher}.',
    analysisCredit: 'Passages marked “Analysis” are our reading, not the report’s.',
    reportDated: 'Report: undated; describes events of {period}',
    publicCopy: '· public copy: {publisher}, {date}',
    published: 'Published {date}',
    updated: 'Updated {date}',
    readingTime: '{minutes} min read',
  },
  keyNumbers: {
    heading: 'Key numbers, and who gives them',
    and: 'and',
    about: 'about',
    read: 'Read:',
  },
  inBrief: { heading: 'In 30 seconds' },
  toc: { heading: 'In this story', whosWho: 'Who’s who', glossary: 'Glossary' },
  section: {
    permalink: 'Link to this section: {title}',
    explainsOne: 'Explains paragraph {paragraphs} of the report.',
    explainsMany: 'Explains paragraphs {paragraphs} of the report.',
    correctionsTo: 'Corrections to: {title}',
    storyCorrections: 'Corrections to the story as a whole',
    part: 'Part {n} of {total}',
    fromStory: 'From the story {story}',
    readInStory: 'Read this section in the full story',
    pagerLabel: 'Other sections',
    previous: 'Previous',
    next: 'Next',
  },
  share: {
    copy: 'Copy link',
    share: 'Share',
    urlField: 'Link to “{title}”',
    copied: 'Link copied',
    selected: 'Link selected: press Ctrl+C or ⌘C to copy it',
    quote: 'Share this quote',
  },
  analysis: { label: 'Analysis' },
  quote: {
    open: '“',
    close: '”',
    translation: 'Our translation; the report, {paragraph}',
    original: 'The report’s English original',
    attribution: '— {speaker}, {affiliation}',
  },
  corrections: {
    correction: 'Correction',
    clarification: 'Clarification',
    update: 'Update',
    pageTitle: 'Corrections and updates',
    pageDescription: 'Every correction, clarification and update to “{headline}”, newest first.',
    intro:
      'When we change what this explainer tells readers, we say so here and in a dated note where the change was made. Typing errors are fixed without a note. Published {published}; last changed {modified}. Follow changes with the {feed}.',
    feedLink: 'Atom feed',
    none: 'Nothing has been corrected or updated since publication.',
    otherEdition: 'This edition was translated from the English edition, which keeps its own record: {link}.',
    otherEditionLink: 'corrections to the English edition',
    in: 'In:',
    wholeStory: 'the story as a whole',
    facts: 'Facts:',
    feedTitle: 'Corrections and updates: {headline}',
    feedSubtitle: 'Every change to what {site} told readers, newest first.',
    feedWholeStory: 'the whole story',
  },
  whosWho: {
    heading: 'Who’s who',
    intro:
      'Everyone the report quotes or names, and where they appear in this story. Titles are as the report gave them in {year}. Descriptions restate the report; anything more names its source.',
    people: 'People',
    organisations: 'Organisations',
    places: 'Places',
    speaksFor: 'Speaks for:',
    source: 'Source:',
    voices: 'Its voice in the report:',
    appearsIn: 'Appears in:',
  },
  glossary: {
    heading: 'Glossary',
    source: 'Source:',
    usedIn: 'Used in:',
    define: 'Define: {term}',
    popSource: '(Source: {source})',
    allTerms: 'All terms in the glossary',
    close: 'Close definition',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Start from the story or pick a section.',
    heading: 'We can’t find that page',
    intro: 'The link may be old or mistyped. The whole story is here:',
    sections: 'Or go straight to a section',
  },
  claims: {
    report: 'the report’s own statement',
    official: 'an official’s statement ({name})',
    company: '{name}’s own figure or view',
    industryBody: 'an industry body’s view ({name})',
    industryBodyPerson: 'the view of an industry-body official ({name})',
    expert: 'an expert’s view ({name})',
    participants: 'what {name} said',
    fromReport: 'Report {paragraph}: “{quote}” — {claim}',
    derived: 'Derived here: {explanation}',
    outside: 'Outside source: {name}',
  },
  sources: {
    title: 'Sources & method',
    description: 'Every fact in the explainer, with the paragraph of the report it comes from and who makes the claim.',
    intro:
      'This explainer is based on one report, “{headline}”, {kind} filed in {dateline}. The report carries no date of its own. It describes events of {covers}: BMW’s announcement {lateApril} ({announcementParagraph}) and the {showYear} Beijing auto show, which the report says was held in the month it was written ({thisMonth}, {showParagraph}). We cite its public copy, published on {date} by {publisher}{publisherIs}. Its paragraphs are numbered here from {first} to {last}.',
    lateApril: 'in late April',
    thisMonth: 'this month',
    publisherIs: '. {fact} (source: {source})',
    method:
      'Every number and claim on the site is stored once, as a fact with its evidence, and the prose, charts and data files all read from that record. Figures from companies and officials are their own claims: we say who makes each one and have not verified them independently. Passages marked “Analysis” in the story are our own reading of the report, not claims it makes. Anything the report does not say comes from a named outside source, listed below. Download all facts as {json} or {csv}.',
    reportHeading: 'From the report',
    reportIntro: 'Each fact quotes the paragraph it comes from and says whose claim it is.',
    derivedHeading: 'Derived here',
    derivedIntro: 'Computed in code from the facts above; the formula is shown.',
    outsideHeading: 'From outside sources',
    outsideIntro:
      'Facts the report does not give, each with its named source: reference values for the map and comparisons, and context.',
    tableLabel: '{heading}: table',
    fact: 'Fact',
    value: 'Value',
    kind: 'Kind',
    claimant: 'Who claims it',
    evidence: 'Evidence',
    formula: 'Formula',
    source: 'Source',
    contextHeading: 'Outside context in the who’s who and glossary',
    contextIntro: 'Entries that say more than the report does, with the named source for the extra information.',
    contextWho: 'Who’s who',
    contextGlossary: 'Glossary',
    contextSource: 'source:',
    evidenceAt: '{paragraph}: {quote}',
    kinds: {
      money: 'money',
      count: 'count',
      distance: 'distance',
      duration: 'duration',
      rate: 'rate',
      year: 'year',
      date: 'date',
      place: 'place',
      statement: 'statement',
    },
  },
  chart: {
    showData: 'Show data',
    tableCaption: 'The numbers behind “{title}”',
    what: 'What',
    value: 'Value',
    origin: 'Where it comes from',
    download: 'Download data (CSV)',
    fromReport: 'Report {paragraph}',
    derived: 'Derived: {explanation}',
    outside: 'Outside source: {name}',
  },
  keyTiles: {
    bmw: {
      caption: 'more for BMW’s Shenyang base',
      by: 'BMW’s figure, announced in {date}',
      aboutNote: 'by the report’s conversion',
    },
    shunyi: {
      caption: 'in Beijing’s Shunyi district',
      by: 'Figures given by the district’s deputy head, Du Yue',
      units: { 'shunyi-vehicle-plants': 'car plants', 'shunyi-rd-centres': 'R&D centres' },
    },
    'ponyai-km': {
      caption: 'of driverless testing worldwide, in total',
      by: 'Pony.ai’s figure, given by its CEO, Peng Jun',
    },
    'ponyai-orders': {
      caption: 'for Pony.ai’s robotaxis, at most',
      by: 'Pony.ai’s figure, given by its CEO, Peng Jun',
    },
  },
  charts: {
    'shunyi-facilities': {
      title: 'Shunyi’s car plants and R&D centres, as its deputy head gave them',
      takeaway:
        'Shunyi’s deputy head, Du Yue, said the district had {rdWords} and {plantsWords}: {totalNumber} in all, added up here.',
      description:
        'A unit chart with one mark per site. {plants} are drawn as squares, the first marked as {plantExample}; {rd} are drawn as circles, the first marked as {rdExample}. Together they make {total}.',
      source:
        'Source: report {paragraph}, the district’s count, given by its deputy head, Du Yue; derived: the total, added up here, is not in the report.',
      plantsHeading: '{n} vehicle plants',
      rdHeading: '{n} R&D centres',
      together: 'Together: {total} (derived: the sum)',
    },
    'bmw-investment': {
      title: 'BMW’s Shenyang investment, in yuan and in the report’s dollar conversion',
      takeaway:
        'One amount, two currencies: BMW’s {cny} is about {usd} by the report’s conversion, which implies {rate}, not a market rate.',
      description:
        'A single bar for BMW’s additional investment in Shenyang. The scale above it reads in yuan and ends at {cny}; the scale below reads in US dollars and ends at {usd}. Dividing one by the other gives {rate}: the report’s conversion rate, worked out here, not a market exchange rate.',
      source:
        'Source: report {paragraph}: the yuan amount is BMW’s announced figure, the dollar amount the report’s conversion; derived: the rate is the yuan amount divided by the dollar amount.',
      cnyAxis: '{scale} yuan',
      usdAxis: '{scale} US dollars',
      rateNote: 'Derived rate: {rate}',
    },
    'locator-map': {
      title: 'From Shunyi to Shenyang',
      takeaway: 'BMW’s Shenyang base lies about {distance} {direction} of Shunyi as the crow flies.',
      description:
        'A map of north-east China and its neighbours. A line runs from Shunyi, in Beijing, {direction} to Shenyang; it is about {distance} long, a great-circle distance worked out here from the two places’ coordinates.',
      source:
        'Source: report {paragraph} (Shenyang); coordinates: {fromSource} and {toSource}; derived: great-circle distance on a sphere of Earth’s mean radius. Outlines: Natural Earth, via world-atlas.',
      from: 'Shunyi, Beijing',
      to: 'Shenyang',
      distance: '{distance} (derived)',
    },
    'ponyai-scale': {
      title: 'Pony.ai’s driverless testing, in laps of the equator (the company’s figures)',
      takeaway:
        'Pony.ai says its driverless testing worldwide totalled {km}, enough to circle the equator about {lapsNumber} times, and that its robotaxis completed up to {orders}.',
      description:
        'Circles, each standing for one lap of the equator ({equator}): {km} makes about {laps}, the last circle only partly filled. Below, a number line of orders a day marks the range Pony.ai gives, {orders}.',
      source:
        'Source: report {paragraph}, Pony.ai’s own figures, given by its CEO, Peng Jun; equator length: {equatorSource}; derived: laps are the kilometres divided by the equator’s length.',
      kmHeading: '{km} of driverless testing',
      laps: '≈ {laps} of the equator (derived)',
      key: 'Each circle: one lap of the equator, {equator}',
      keyPart: '; the last, part of one',
      ordersHeading: 'Robotaxi orders a day, at most (Pony.ai’s figure)',
    },
  },
  compass: [
    'north',
    'north-north-east',
    'north-east',
    'east-north-east',
    'east',
    'east-south-east',
    'south-east',
    'south-south-east',
    'south',
    'south-south-west',
    'south-west',
    'west-south-west',
    'west',
    'west-north-west',
    'north-west',
    'north-north-west',
  ],
  countries: {},
  share_card: {
    storyKicker: 'An explainer in {n} parts',
    footer: 'Explainer of {kind} from {dateline}; public copy {date}',
    alt: '{title}. Key number: {number}. {site}.',
    altPlain: '{title}. {site}.',
  },
} satisfies UiStrings;
