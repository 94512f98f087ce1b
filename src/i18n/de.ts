/**
 * The German edition's words: every word the German site prints that is not
 * content (content — headline, sections, fact labels, names — lives in
 * `content/editions/de/`). Checked against `UiStringsSchema`
 * (src/i18n/schema.ts) when the edition loads: a missing or empty key stops
 * the build naming this file and the key.
 *
 * `{name}` marks a value filled in at build time (a number through the
 * edition's formatter, a title, a link); every template's placeholders are
 * listed in the schema's description of the key. Values that stand in
 * sentences (`{kind}`, `{publisher}`, `{covers}`, `{site}`) are written so
 * they read in the nominative, whatever the template around them.
 */
import type { UiStrings } from './schema.ts';

export default {
  format: {
    numberLocale: 'de-DE',
    dateLocale: 'de-DE',
    compareLocale: 'de',
    scales: [
      { from: 1e12, divisor: 1e12, word: 'Bio.' },
      { from: 1e9, divisor: 1e9, word: 'Mrd.' },
      { from: 1e6, divisor: 1e6, word: 'Mio.' },
    ],
    scaleJoiner: ' ',
    unitJoiner: ' ',
    // dpa: Zahlen bis zwölf im Fließtext in Worten, Spannen mit „bis“, Datum ohne Zeilenumbruch.
    smallNumbers: [
      'null',
      'ein',
      'zwei',
      'drei',
      'vier',
      'fünf',
      'sechs',
      'sieben',
      'acht',
      'neun',
      'zehn',
      'elf',
      'zwölf',
    ],
    proseWordsUpTo: 12,
    rangeDash: ' bis ',
    listSeparator: ', ',
    north: 'N',
    south: 'S',
    east: 'O',
    west: 'W',
    coordinate: '{value}° {hemisphere}',
    coordinateSeparator: ', ',
    nbspInDates: true,
    units: {
      yuan: 'Yuan',
      'US dollars': 'US-Dollar',
      'yuan per US dollar': 'Yuan je US-Dollar',
      km: 'km',
      days: 'Tage',
      laps: 'Äquatorumrundungen',
      'orders a day': 'Aufträge pro Tag',
      'R&D centres': 'F&E-Zentren',
      'vehicle manufacturing facilities': 'Fahrzeugwerke',
      facilities: 'Standorte',
      degrees: 'Grad',
    },
    amountTemplates: {},
    paragraph: '¶{n}',
    reading: { unit: 'words', perMinute: 179 },
    lowerMidSentence: false,
  },
  site: {
    skipLink: 'Zum Inhalt springen',
    navLabel: 'Website',
    navStory: 'Erklärseite',
    navSources: 'Quellen & Methode',
    feedTitle: 'Korrekturen und Aktualisierungen',
    pageTitle: '{title} · {site}',
    themeToggle: 'Dunkles Design',
    languages: 'Sprache',
  },
  footer: {
    basedOn:
      'Grundlage: „{headline}“, {kind} aus {dateline}. Der Bericht ist undatiert; er schildert Ereignisse im Zeitraum {covers}. Öffentliche Fassung: {publisher}, {date}.',
    publisherIs: '{fact} (Quelle: {source}).',
    method:
      'In eigenen Worten erklärt; Zitate sind gekennzeichnet und ihren Urhebern zugeordnet, unsere Analyse ist als solche ausgewiesen. Jede Zahl führt auf der Seite {sources} zu ihrer Quelle zurück. Daten: {json} · {csv}.',
    sourcesLink: 'Quellen & Methode',
    corrections: '{corrections} ({feed}).',
    correctionsLink: 'Korrekturen und Aktualisierungen',
    feedLink: 'Atom-Feed',
  },
  header: {
    eyebrow: 'Erklärseite · China, Deutschland und die Autoindustrie',
    note: 'Hinweis:',
    ageNote:
      'Grundlage ist {kind} über Ereignisse von {covers}; Funktionen sind so angegeben, wie sie damals waren, Späteres nur in datierten Aktualisierungen.',
    provenance:
      'Grundlage: {kind} aus {dateline}; öffentliche Fassung: {publisher}, {date}. {publisherIs} Mit „Analyse“ markierte Passagen sind unsere Lesart. {dates}',
    provenancePublisherIs: '{fact} ({source}).',
    dates: 'Veröffentlicht am {published}{updated} · {minutes} Min. Lesezeit',
    updated: ', aktualisiert am {date}',
  },
  keyNumbers: {
    heading: 'Die wichtigsten Zahlen – und wer sie nennt',
    and: 'und',
    about: 'rund',
    read: 'Mehr dazu:',
  },
  inBrief: { heading: 'In 30 Sekunden' },
  toc: { heading: 'Auf dieser Seite', whosWho: 'Wer ist wer', glossary: 'Glossar' },
  section: {
    permalink: 'Link zu diesem Abschnitt: {title}',
    explainsOne: 'Aus dem Bericht: {paragraphs}.',
    explainsMany: 'Aus dem Bericht: {paragraphs}.',
    correctionsTo: 'Korrekturen zu: {title}',
    storyCorrections: 'Korrekturen zur Erklärseite insgesamt',
    part: 'Teil {n} von {total}',
    fromStory: 'Aus der Erklärseite „{story}“',
    readInStory: 'Diesen Abschnitt auf der vollständigen Erklärseite lesen',
    pagerLabel: 'Weitere Abschnitte',
    previous: 'Vorheriger Abschnitt',
    next: 'Nächster Abschnitt',
  },
  share: {
    copy: 'Link kopieren',
    share: 'Teilen',
    urlField: 'Link zu „{title}“',
    copied: 'Link kopiert',
    selected: 'Link markiert: zum Kopieren Strg+C oder ⌘C drücken',
    quote: 'Zitat teilen',
  },
  analysis: { label: 'Analyse' },
  quote: {
    open: '„',
    close: '“',
    translation: 'Unsere Übersetzung, Bericht {paragraph}',
    original: 'Englischer Wortlaut',
    attribution: '— {speaker}, {affiliation}',
  },
  corrections: {
    correction: 'Korrektur',
    clarification: 'Klarstellung',
    update: 'Aktualisierung',
    pageTitle: 'Korrekturen und Aktualisierungen',
    pageDescription: 'Alle Korrekturen, Klarstellungen und Aktualisierungen zu „{headline}“, die neuesten zuerst.',
    intro:
      'Wenn wir ändern, was diese Erklärseite den Leserinnen und Lesern sagt, vermerken wir das hier und in einer datierten Notiz an der geänderten Stelle. Tippfehler berichtigen wir ohne Hinweis. Veröffentlicht am {published}; zuletzt geändert am {modified}. Änderungen lassen sich über den {feed} verfolgen.',
    feedLink: 'Atom-Feed',
    none: 'Seit der Veröffentlichung wurde nichts korrigiert oder aktualisiert.',
    otherEdition:
      'Diese Ausgabe wurde aus der englischen übersetzt. Die Korrekturen der englischen Ausgabe sind hier übersetzt aufgeführt, auch die aus der Zeit vor dem Erscheinen dieser Ausgabe; das englische Verzeichnis: {link}.',
    otherEditionLink: 'Korrekturen der englischen Ausgabe',
    in: 'Betrifft:',
    wholeStory: 'die Erklärseite insgesamt',
    facts: 'Fakten:',
    feedTitle: 'Korrekturen und Aktualisierungen: {headline}',
    feedSubtitle: 'Jede Änderung an dem, was „{site}“ den Leserinnen und Lesern mitgeteilt hat, die neueste zuerst.',
    feedWholeStory: 'die gesamte Erklärseite',
    line: {
      correction: 'Korrigiert am {date}: {summary}.',
      clarification: 'Klargestellt am {date}: {summary}.',
      update: 'Aktualisiert am {date}: {summary}.',
    },
    storyWide: {
      correction: 'Diese Erklärseite wurde am {date} korrigiert – {link}.',
      clarification: 'Diese Erklärseite wurde am {date} präzisiert – {link}.',
      update: 'Diese Erklärseite wurde am {date} aktualisiert – {link}.',
    },
    storyWideLink: 'was sich geändert hat',
    entryHeading: '{kind} vom {date}: {summary}',
    source: 'Quelle:',
  },
  whosWho: {
    heading: 'Wer ist wer',
    intro:
      'Alle, die der Bericht zitiert oder nennt, und wo sie auf dieser Seite vorkommen. Funktionen und Titel sind so wiedergegeben, wie der Bericht sie {year} angab. Die Beschreibungen geben den Bericht wieder; was darüber hinausgeht, nennt seine Quelle.',
    people: 'Personen',
    organisations: 'Organisationen',
    places: 'Orte',
    speaksFor: 'Spricht für:',
    source: 'Quelle:',
    voices: 'Stimme im Bericht:',
    appearsIn: 'Kommt vor in:',
  },
  glossary: {
    heading: 'Glossar',
    source: 'Quelle:',
    usedIn: 'Verwendet in:',
    define: 'Begriff erklären: {term}',
    popSource: '(Quelle: {source})',
    allTerms: 'Alle Begriffe im Glossar',
    close: 'Erklärung schließen',
  },
  notFound: {
    title: 'Seite nicht gefunden',
    description: 'Diese Seite gibt es nicht. Weiter geht es mit der Erklärseite oder einem ihrer Abschnitte.',
    heading: 'Seite nicht gefunden',
    intro: 'Möglicherweise ist der Link veraltet oder falsch geschrieben. Zur vollständigen Erklärseite:',
    sections: 'Oder direkt zu einem Abschnitt',
  },
  claims: {
    report: 'Aussage des Berichts selbst',
    official: 'Aussage eines Amtsträgers ({name})',
    company: 'Angabe oder Einschätzung von {name} selbst',
    industryBody: 'Einschätzung eines Branchenverbands ({name})',
    industryBodyPerson: 'Einschätzung eines Verbandsvertreters ({name})',
    expert: 'Einschätzung eines Experten ({name})',
    participants: 'Aussage der {name}',
    fromReport: 'Bericht {paragraph}: „{quote}“ – {claim}',
    derived: 'Eigene Berechnung: {explanation}',
    outside: 'Externe Quelle: {name}',
  },
  sources: {
    title: 'Quellen & Methode',
    description:
      'Jeder Fakt der Erklärseite, mit dem Absatz des Berichts, aus dem er stammt, und mit der Angabe, wessen Aussage er ist.',
    intro:
      'Grundlage dieser Erklärseite ist ein einziger Bericht: „{headline}“, {kind} aus {dateline}. Der Bericht trägt kein eigenes Datum. Er schildert Ereignisse im Zeitraum {covers}: die Ankündigung von BMW, im Wortlaut des Berichts {lateApril} ({announcementParagraph}), und die Pekinger Automesse {showYear}, die laut dem Bericht in dem Monat stattfand, in dem er entstand ({thisMonth}, {showParagraph}). Zitiert wird nach der öffentlichen Fassung vom {date}: {publisher}{publisherIs}. Die Absätze des Berichts sind hier von {first} bis {last} nummeriert.',
    lateApril: 'in late April',
    thisMonth: 'this month',
    publisherIs: '. {fact} (Quelle: {source})',
    method:
      'Jede Zahl und jede Aussage auf dieser Website ist ein einziges Mal gespeichert, als Fakt mit seinem Beleg; Text, Grafiken und Datendateien lesen alle aus diesem Bestand. Zahlen von Unternehmen und Amtsträgern sind deren eigene Angaben: Wir nennen jeweils, von wem sie stammen, und haben sie nicht unabhängig überprüft. Mit „Analyse“ gekennzeichnete Passagen der Erklärseite sind unsere eigene Lesart des Berichts, keine Aussagen des Berichts. Was nicht im Bericht steht, stammt aus einer namentlich genannten externen Quelle; diese Quellen sind unten aufgeführt. Alle Fakten zum Herunterladen als {json} oder {csv}.',
    reportHeading: 'Aus dem Bericht',
    reportIntro: 'Zu jedem Fakt das Zitat aus dem Absatz, aus dem er stammt, und wessen Aussage er ist.',
    derivedHeading: 'Eigene Berechnungen',
    derivedIntro: 'Im Code aus den Fakten oben berechnet; die Formel steht jeweils dabei.',
    outsideHeading: 'Aus externen Quellen',
    outsideIntro:
      'Fakten, die nicht im Bericht stehen, jeweils mit ihrer namentlich genannten Quelle: Bezugswerte für die Karte und die Vergleiche sowie Hintergrund.',
    tableLabel: '{heading}: Tabelle',
    fact: 'Fakt',
    value: 'Wert',
    kind: 'Art',
    claimant: 'Wer es sagt',
    evidence: 'Beleg',
    formula: 'Formel',
    source: 'Quelle',
    contextHeading: 'Externer Hintergrund in „Wer ist wer“ und im Glossar',
    contextIntro:
      'Einträge, die mehr sagen als der Bericht, mit der namentlich genannten Quelle der zusätzlichen Angaben.',
    contextWho: 'Wer ist wer',
    contextGlossary: 'Glossar',
    contextSource: 'Quelle:',
    evidenceAt: '{paragraph}: {quote}',
    kinds: {
      money: 'Geldbetrag',
      count: 'Anzahl',
      distance: 'Entfernung',
      duration: 'Dauer',
      rate: 'Rate',
      year: 'Jahr',
      date: 'Datum',
      place: 'Ort',
      statement: 'Aussage',
    },
  },
  chart: {
    showData: 'Daten und Downloads',
    tableCaption: 'Die Zahlen hinter „{title}“',
    what: 'Was',
    value: 'Wert',
    origin: 'Herkunft',
    download: 'Daten (CSV)',
    fromReport: 'Bericht {paragraph}',
    derived: 'Eigene Berechnung: {explanation}',
    outside: 'Externe Quelle: {name}',
    downloadSvg: 'SVG',
    downloadPng: 'PNG ({width} × {height} px)',
  },
  copy: {
    copied: 'Kopiert',
    selected: 'Markiert: Strg+C oder ⌘C zum Kopieren',
  },
  embed: {
    summary: 'Grafik einbetten',
    intro:
      'Fügen Sie diesen Code in Ihre Seite ein. Die erste Zeile zeigt die Grafik mit ihrer Quelle; die zweite, optionale, passt die Höhe des Rahmens an die Grafik an.',
    codeLabel: 'Einbettungscode für „{title}“',
    copy: 'Code kopieren',
    height:
      'Ohne das Skript bleibt der Rahmen {height} px hoch: nach unserer Schätzung genug für die ganze Grafik auf einem 320 px breiten Smartphone-Bildschirm oder in einer breiten Spalte.',
    preview: 'Einbettungsseite öffnen',
    frameTitle: 'Grafik: {title}',
    description: '{title}: eine Grafik aus „{headline}“.',
    from: 'Aus: {story}',
  },
  cite: {
    heading: 'Diese Erklärseite zitieren',
    intro:
      'Zitieren Sie die Erklärseite und, für die Fakten, die sie wiedergibt, den Bericht, auf dem sie beruht. Die Seite ändert sich, wenn sie korrigiert wird; geben Sie daher an, wann Sie sie gelesen haben.',
    chartSummary: 'Grafik zitieren',
    chartIntro:
      'Zitieren Sie die Grafik und den Bericht, auf dem sie beruht; geben Sie an, wann Sie sie gelesen haben.',
    explainer: '{site}. (Aktualisiert am {updated}). {headline} [Erklärseite]. Abgerufen am {accessed}, von {url}',
    chart: '{site}. (Aktualisiert am {updated}). {title} [Grafik]. In {headline}. Abgerufen am {accessed}, von {url}',
    report: '{publisher}. (Öffentliche Fassung vom {date}). {headline} [Nachrichtenbericht, {dateline}]. {url}',
    accessed: '[Datum Ihres Abrufs]',
    basedOn: 'Grundlage: {report}',
    explainerNote: 'Erklärseite, aktualisiert am {updated}',
    chartNote: 'Grafik in „{headline}“, aktualisiert am {updated}',
    reportNote: '{kind} aus {dateline}, undatiert; öffentliche Fassung vom {date}',
    textLabel: 'Zitierhinweis',
    bibtexLabel: 'BibTeX',
    copyText: 'Zitierhinweis kopieren',
    copyBibtex: 'BibTeX kopieren',
    files: 'Für Literaturverwaltungen: {json} oder {bib}.',
    jsonLink: 'CSL-JSON',
    bibLink: 'BibTeX-Datei',
  },
  keyTiles: {
    bmw: {
      caption: 'zusätzlich für den BMW-Standort Shenyang',
      by: 'Angabe von BMW, angekündigt {date}',
      aboutNote: 'nach der Umrechnung des Berichts',
    },
    shunyi: {
      caption: 'im Pekinger Bezirk Shunyi',
      by: 'Angaben von Du Yue, damals stellvertretender Leiter des Bezirks',
      units: { 'shunyi-vehicle-plants': 'Fahrzeugwerke', 'shunyi-rd-centres': 'F&E-Zentren' },
    },
    'ponyai-km': {
      caption: 'fahrerlos getestet, weltweit insgesamt',
      by: 'Angabe von Pony.ai, genannt von Peng Jun, damals CEO',
    },
    'ponyai-orders': {
      caption: 'erledigten die fahrerlosen Taxis von Pony.ai höchstens',
      by: 'Angabe von Pony.ai, genannt von Peng Jun, damals CEO',
    },
  },
  charts: {
    'shunyi-facilities': {
      title: 'Fahrzeugwerke und F&E-Zentren in Shunyi',
      takeaway:
        'Du Yue nannte {rdWords} und {plantsWords}, nach unserer Rechnung zusammen {totalNumber}.',
      description:
        'Ein Piktogramm-Diagramm mit einem Symbol je Standort. Die {plants} erscheinen als Quadrate; das erste trägt die Beschriftung „{plantExample}“. Die {rd} erscheinen als Kreise; der erste trägt die Beschriftung „{rdExample}“. Zusammen sind es {total}.',
      source:
        'Quelle: Bericht {paragraph}, Angaben von Du Yue; die Summe ist unsere.',
      plantsHeading: '{n} Fahrzeugwerke',
      rdHeading: '{n} F&E-Zentren',
      together: 'Zusammen: {total} (errechnet)',
    },
    'bmw-investment': {
      title: 'Die Investition von BMW in Shenyang, in Yuan und Dollar',
      takeaway:
        '{cny}, nach der Umrechnung des Berichts rund {usd}: {rate}, kein Marktkurs.',
      description:
        'Ein einzelner Balken für die zusätzliche Investition von BMW in Shenyang. Die Skala darüber ist in Yuan angegeben und endet bei {cny}; die Skala darunter ist in US-Dollar angegeben und endet bei {usd}. Teilt man das eine durch das andere, ergibt sich {rate}: der Umrechnungskurs des Berichts, von uns errechnet, kein Marktwechselkurs.',
      source:
        'Quelle: Bericht {paragraph}; der Kurs ist errechnet, Yuan geteilt durch Dollar.',
      cnyAxis: '{scale} Yuan',
      usdAxis: '{scale} US-Dollar',
      rateNote: 'Errechnet: {rate}',
    },
    'locator-map': {
      title: 'Von Shunyi nach Shenyang',
      takeaway: 'Shenyang liegt Luftlinie rund {distance} {direction} von Shunyi.',
      description:
        'Eine Karte des Nordostens Chinas und seiner Nachbarn. Eine Linie führt von Shunyi in Peking zum {direction} gelegenen Shenyang; sie ist rund {distance} lang – eine Großkreisentfernung, von uns aus den Koordinaten der beiden Orte berechnet.',
      source:
        'Quelle: Bericht {paragraph}; Koordinaten: {fromSource}, {toSource}; Entfernung errechnet. Umrisse: Natural Earth, über world-atlas.',
      from: 'Shunyi, Peking',
      to: 'Shenyang',
      distance: '{distance} (errechnet)',
    },
    'ponyai-scale': {
      title: 'Fahrerlose Tests von Pony.ai, in Äquatorumrundungen',
      takeaway:
        'Nach eigenen Angaben testete Pony.ai weltweit {km} fahrerlos, rund {lapsNumber} Äquatorumrundungen; seine fahrerlosen Taxis kämen auf bis zu {orders}.',
      description:
        'Kreise, von denen jeder für eine Äquatorumrundung steht ({equator}): {km} ergeben rund {laps}, der letzte Kreis ist nur teilweise gefüllt. Darunter markiert ein Zahlenstrahl der Aufträge pro Tag die Spanne, die Pony.ai angibt: bis zu {orders}.',
      source:
        'Quelle: Bericht {paragraph}, Angaben von Pony.ai, genannt von Peng Jun, damals CEO; Äquator: {equatorSource}.',
      kmHeading: '{km} bei fahrerlosen Tests',
      laps: '≈ {laps} (errechnet)',
      key: 'Ein Kreis je Äquatorumrundung ({equator})',
      keyPart: '; der letzte nur zum Teil',
      ordersHeading: 'Aufträge fahrerloser Taxis pro Tag, höchstens (Pony.ai)',
    },
  },
  compass: [
    'nördlich',
    'nordnordöstlich',
    'nordöstlich',
    'ostnordöstlich',
    'östlich',
    'ostsüdöstlich',
    'südöstlich',
    'südsüdöstlich',
    'südlich',
    'südsüdwestlich',
    'südwestlich',
    'westsüdwestlich',
    'westlich',
    'westnordwestlich',
    'nordwestlich',
    'nordnordwestlich',
  ],
  countries: { China: 'China' },
  share_card: {
    storyKicker: 'Erklärt in {n} Teilen',
    footer: 'Grundlage: {kind} aus {dateline}; öffentliche Fassung vom {date}',
    alt: '{title}. Kennzahl: {number}. {site}.',
    altPlain: '{title}. {site}.',
  },
} satisfies UiStrings;
