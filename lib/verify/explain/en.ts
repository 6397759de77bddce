// The English wording of every verdict explanation, and the only place it is written: the engine
// renders `Claim.explanation` from these templates (render.ts), and the interface's catalogs hold
// them as `explain.<key>` (components/i18n/explain/ translates each one). One entry is a whole
// sentence or clause with {{placeholders}}; entries marked "slot" fill a placeholder of another
// entry (a term, a list item, an optional clause), so every language orders its own sentence.
// Changing a template changes the English explanations: `npm run eval` and the fixture tests show it.
export const EXPLAIN_EN = {
  /** Data text (a name, a trial) as an item of a list. */
  verbatim: '{{text}}',

  // lib/verify/index.ts
  unattributed:
    'Not tied to a specific product on the page, so there is nothing in the dataset to compare it with.',
  noEntry: 'The dataset has no entry for {{productId}}.',
  failed: 'This claim could not be compared with the dataset.',
  /** Followed by the explanation of the product's verdict, as if the page had named it. */
  inferredSubject:
    'This statement does not name {{name}}; TherapyLens took it to be about {{name}} from the rest of the page, which is not enough to call it wrong. If it is about {{name}}:',

  // lib/verify/approval-count.ts
  // Unreachable since claim frames are typed; kept so saved explanations naming it still render.
  'count.none': 'No count to compare.',
  'count.matches': 'The dataset lists {{count}} {{what}} as of {{asOf}}: {{names}}.',
  'count.differs':
    'The dataset lists {{count}} {{what}} as of {{asOf}} ({{names}}); the page says {{pageCount}}.',
  /** slot {{what}} */
  'count.approved': '{{modality}} products approved',
  'count.approvedBy': '{{modality}} products approved by the {{regulator}}',
  'count.approvedFor': '{{modality}} products approved for {{condition}}',
  'count.approvedByFor': '{{modality}} products approved by the {{regulator}} for {{condition}}',
  /** slot {{pageCount}} */
  'count.atLeast': 'at least {{count}}',
  /** slot {{modality}} */
  'modality.car-t': 'CAR-T',
  'modality.tcr-t': 'TCR-T',
  'modality.til': 'TIL',
  'modality.oncolytic-virus': 'oncolytic virus',
  'modality.any': 'cell and gene therapy',

  // lib/verify/designation.ts
  designation:
    'This is a {{step}}, not an approval. TherapyLens has no record of this step for {{name}}, so it cannot confirm or refute it.',
  'designation.denied':
    'The page says there has been no {{step}} for {{name}}. TherapyLens records the steps taken, not their absence, so it cannot confirm or refute this.',
  'designation.matches':
    'This is a {{step}}, not an approval. It matches the {{regulator}} record of {{date}}: {{record}}.',
  'designation.matchesUndated':
    'This is a {{step}}, not an approval. It matches the {{regulator}} record: {{record}} (the dataset has no date for it).',
  /** slot {{step}} */
  'step.ind-clearance': 'clearance to start clinical trials (IND)',
  'step.designation': 'designation',
  'step.withdrawal': 'withdrawal of the approval',
  'withdrawal.otherDate':
    'The {{regulator}} withdrew it on {{date}}, not on the date the page gives ({{pageDate}}).',
  'step.reimbursement': 'decision to reimburse or cover the cost',
  'step.crl': 'complete response letter (a refusal to approve the application as filed)',
  'step.filing': 'filing or review',
  'step.committee-opinion': 'committee opinion',
  'designationKind.breakthrough': 'breakthrough therapy designation',
  'designationKind.orphan': 'orphan designation',
  'designationKind.rmat': 'RMAT designation',
  'designationKind.prime': 'PRIME designation',
  'designationKind.fast-track': 'fast track designation',
  'designationKind.priority-review': 'priority review',
  'designationKind.nmpa-breakthrough': 'breakthrough therapy designation',
  'designationKind.sakigake': 'SAKIGAKE designation',
  'designationKind.ind-clearance': 'clearance to start clinical trials (IND)',
  'designationKind.bla-accepted': 'filing accepted for review',
  'designationKind.action-date': 'decision date',
  'designationKind.chmp-opinion': 'CHMP opinion',
  // Unreachable since claim frames are typed; kept so saved explanations naming it still render.
  'step.other': 'regulatory step',

  // lib/verify/marketing.ts
  marketing:
    "“{{phrase}}” is promotional language that no regulator's label supports; labels report response rates, follow-up and side effects, not cures or guarantees.",

  // lib/verify/target.ts
  // Unreachable since claim frames are typed; kept so saved explanations naming it still render.
  'target.none': 'No target to compare.',
  'target.noneRecorded': 'The dataset records no antigen target for {{name}}.',
  'target.oneOfListed':
    'Matches the dataset: {{name}} targets {{targets}}, one of the targets the page lists ({{listed}}).',
  'target.noneOfListed': '{{name}} targets {{targets}}, none of the targets the page lists ({{listed}}).',
  'target.matches': 'Matches the dataset: {{name}} targets {{targets}}.',
  'target.differs': '{{name}} targets {{targets}}, not {{target}}.',

  // lib/verify/response.ts
  // Unreachable since claim frames are typed; kept so saved explanations naming it still render.
  'response.noFigure': 'The page gives no figure the dataset records in comparable form.',
  'response.lesions':
    'The page counts lesions, not patients; the dataset’s figures are per patient, so there is nothing like-for-like to compare.',
  'response.ownPatients':
    'The page reports its own patients’ results; the dataset holds trial and label figures only.',
  'response.noneToCompare': 'No {{metric}} figure for {{name}} in the dataset to compare with.',
  'response.noneToCompareIn':
    'No {{metric}} figure for {{name}} in {{condition}} in the dataset to compare with.',
  'response.trialWithoutFigure': 'The page cites {{trial}}, a trial the dataset holds no such figure for.',
  'response.trialUnknown': 'The page cites {{trial}}, a trial the dataset does not hold.',
  'response.timepoint':
    'The page gives the figure at {{timepoint}}; the dataset has no figure at that time point.',
  'response.cohort':
    'The page gives the figure for a particular group ({{cohort}}), not the whole trial population.',
  'response.nearest':
    "The dataset's nearest figures ({{figures}}) may measure something else, so this is neither confirmed nor contradicted.",
  'response.matches': 'Matches the {{kind}}: {{figure}}{{arm}}.',
  /** slot {{arm}} */
  'response.arm': ' vs {{value}} in the comparison arm',
  'response.figures': '{{figures}}.',
  'response.armDiffers': 'The comparison arm differs: the page gives {{page}}, the source {{source}}.',
  'response.nDiffers': 'The page gives n={{pageN}}; this figure is over {{n}} patients.',
  'response.otherCohort':
    "The page's {{page}} is over {{pageN}} patients, a cohort or data cut the dataset's figures (over {{n}} patients) do not cover, so it is neither confirmed nor contradicted.",
  'response.otherCondition': 'The figure is for {{condition}}; the page shows it beside {{pageCondition}}.',
  'response.outsideContext':
    'The dataset has no figure for {{name}} in {{condition}}, the disease this part of the page is about; the figures it has are for other uses ({{figures}}).',
  'response.pressOnly':
    "Only press-release figures to compare with ({{figures}}); the page's {{page}} may come from another cohort or data cut.",
  'response.otherCut':
    "Medians and hazard ratios change from one analysis of a trial to the next, and the dataset holds only some of them: the page's {{page}} may come from another analysis or data cut, so it is neither confirmed nor contradicted.",
  'response.whichUse':
    "The page names neither the trial nor the disease of its {{page}}, and the dataset's figures for {{name}} come from trials in several diseases, so none of them confirms or contradicts it.",
  'response.near':
    "The page's {{page}} is within {{points}} points of these but does not name its trial; it may come from another analysis or data cut the dataset does not hold.",
  'response.landmarkNoTrial':
    "The page's {{page}} does not name its trial; a rate at that time point may come from a trial or data cut the dataset does not hold.",
  'response.differsOne': "The page's {{page}} differs from it{{tolerance}}.",
  'response.differsBoth': "The page's {{page}} differs from both{{tolerance}}.",
  'response.differsAll': "The page's {{page}} differs from all of these{{tolerance}}.",
  /** slot {{tolerance}} */
  'response.tolerance': ' (tolerance ±{{points}} percentage points)',
  'response.note': "Matches the dataset's note on the {{kind}} ({{trial}}): “{{note}}”",
  // lib/verify/metric-family.ts: when a page's metric is compared with a neighbouring one.
  'note.allOrr': 'For ALL the label reports overall remission (CR/CRi), which the page calls "ORR".',
  'note.allResponse':
    'For ALL the label reports overall remission (CR/CRi), which the page calls a response rate.',
  'note.overallRemission': 'The figure is overall remission (CR + CRi).',
  'note.remissionAsResponse':
    'The page’s “remission” is read as the overall response, as many pages use the word.',
  'note.crScr': 'The figure counts complete or stringent complete responses (CR/sCR).',
  'note.atLeastCr': 'The figure counts complete response or better (≥CR).',
  'note.scrOnly': 'The figure counts stringent complete responses only (sCR).',

  // Figures (lib/verify/explain/facts.ts), each a slot.
  /** One figure in a list: "FDA label: ORR 72%, ZUMA-1, n=101". */
  'figure.item': '{{kind}}: {{figure}}',
  /** The figure's facts, then an optional "unconfirmed". */
  'figure.facts': '{{facts}}{{unconfirmed}}',
  'figure.metricValue': '{{metric}} {{value}}',
  'figure.n': 'n={{n}}',
  'figureKind.label': 'label',
  'figureKind.labelStart': 'Label',
  'figureKind.regulatorLabel': '{{regulator}} label',
  'figureKind.regulatorLabelStart': '{{regulator}} label',
  'figureKind.otherLabel': 'another regulator label',
  'figureKind.otherLabelStart': 'Another regulator label',
  'figureKind.publication': 'publication',
  'figureKind.publicationStart': 'Publication',
  'figureKind.press': 'press release',
  'figureKind.pressStart': 'Press release',
  'value.percent': '{{value}}%',
  'value.months': '{{value}} months',
  'value.plain': '{{value}}',
  /** The page's figure: "~73%", "> 80%", "39-43%", "up to 90%", "HR 0.73". */
  'pageFigure.percent': '{{comparator}}{{value}}%',
  'pageFigure.upTo': 'up to {{value}}%',
  'pageFigure.range': '{{low}}-{{high}}%',
  'pageFigure.ratio': 'HR {{value}}',
  'pageFigure.riskReduction': '{{percent}}% lower risk (HR {{value}})',
  unconfirmed: ' (unconfirmed in our sources)',
  // Dataset metrics, as named in a figure.
  'metric.ORR': 'ORR',
  'metric.CR': 'CR',
  'metric.CR/CRi': 'overall remission (CR/CRi)',
  'metric.sCR': 'sCR',
  'metric.CR/sCR': 'CR/sCR',
  'metric.≥CR': '≥CR',
  'metric.DRR': 'durable response rate',
  'metric.median PFS': 'median PFS',
  'metric.median EFS': 'median EFS',
  'metric.median OS': 'median OS',
  'metric.median DoR': 'median DoR',
  'metric.HR': 'HR',
  'metric.PFS rate': 'PFS rate',
  'metric.OS rate': 'OS rate',
  'metric.EFS rate': 'EFS rate',
  'metric.DoR rate': 'rate still in response',
  'metric.MRD-negative': 'MRD-negative rate',
  'metric.CRS any grade': 'CRS (any grade)',
  'metric.CRS grade ≥3': 'CRS grade ≥3',
  'metric.ICANS any grade': 'ICANS (any grade)',
  'metric.ICANS grade ≥3': 'ICANS grade ≥3',
  'metric.NT any grade': 'neurologic toxicity (any grade)',
  'metric.NT grade ≥3': 'neurologic toxicity grade ≥3',
  'metric.derivedCri': 'CRi (overall remission minus CR)',
  // What the page measures, in "No … figure for …".
  'pageMetric.ORR': 'ORR',
  'pageMetric.response': 'response',
  'pageMetric.CR': 'CR',
  'pageMetric.complete remission': 'complete remission',
  'pageMetric.CR/CRi': 'CR/CRi',
  'pageMetric.CRi': 'CRi',
  'pageMetric.remission': 'remission',
  'pageMetric.sCR': 'sCR',
  'pageMetric.CR/sCR': 'CR/sCR',
  'pageMetric.≥CR': '≥CR',
  'pageMetric.DRR': 'DRR',
  'pageMetric.median PFS': 'median PFS',
  'pageMetric.median EFS': 'median EFS',
  'pageMetric.median OS': 'median OS',
  'pageMetric.median DoR': 'median DoR',
  'pageMetric.HR': 'HR',
  'pageMetric.EFS rate': 'event-free survival rate',
  'pageMetric.PFS rate': 'progression-free survival rate',
  'pageMetric.OS rate': 'survival rate',
  'endpointHr.PFS': 'progression-free survival HR',
  'endpointHr.EFS': 'event-free survival HR',
  'endpointHr.OS': 'overall survival HR',
  'pageMetric.MRD-negative': 'MRD-negative',
  'pageMetric.durable': 'durable',

  // Regulators the interface names in words (the others by their own acronym or name).
  'regulator.OTHER': 'another regulator',
  'regulator.RU_MOH': 'Russian Ministry of Health',
  'regulator.that': 'that regulator',
  'regulator.none': 'none',

  // Approvals (lib/verify/explain/facts.ts), each a slot: "FDA (30 Aug 2017) for B-cell ALL; …".
  'approvals.item': '{{regulator}} ({{date}}) for {{condition}}',
  'approvals.more': 'and {{count}} more',
  'approvals.nothing': 'nothing recorded',

  // lib/verify/indication.ts: the product's status.
  'status.investigational': '{{product}} is investigational: not approved anywhere as of {{asOf}}.',
  'status.withdrawn': '{{product}} has been withdrawn from the market (dataset as of {{asOf}}).',
  // Claims that a product is approved (by a regulator, for a use, on a date).
  'approval.noneRecorded': 'The dataset records no approval of {{name}} as of {{asOf}}.',
  'approval.untracked':
    'The page names {{regulator}}, a regulator whose approvals the dataset does not track (it covers {{tracked}}), so this cannot be checked.',
  'approval.recordsFor': 'It records for {{name}}: {{approvals}} (as of {{asOf}}).',
  'approval.regulatorIncomplete':
    'TherapyLens has no record of a {{regulator}} approval of {{name}}, but its record of {{regulator}} decisions for it is not complete (as of {{asOf}}), so it cannot say there is none.',
  'approval.itRecords': 'It records: {{approvals}}.',
  'approval.noRegulatorApproval': 'No {{regulator}} approval of {{name}} in the dataset (as of {{asOf}}).',
  'approval.approvedBy': 'It is approved by: {{approvals}}.',
  'approval.narrower': "The approval covers {{condition}}, narrower than the page's {{pageCondition}}.",
  'approval.conditionIncompleteRegulator':
    'TherapyLens has no record of an approval of {{name}} for {{condition}}, but its records of {{regulator}} decisions for {{name}} are not complete (as of {{asOf}}).',
  'approval.conditionIncompleteAll':
    'TherapyLens has no record of an approval of {{name}} for {{condition}}, but its records of the decisions of every regulator for {{name}} are not complete (as of {{asOf}}).',
  'approval.usesRecorded': 'Approved uses it records: {{approvals}}.',
  'approval.regulatorNotFor':
    'The {{regulator}} has not approved {{name}} for {{condition}}{{nobody}} (as of {{asOf}}).',
  'approval.completeNotFor':
    'None of the regulators whose decisions TherapyLens records completely ({{regulators}}) has approved {{name}} for {{condition}}{{nobody}} (as of {{asOf}}).',
  /** slot {{condition}}: "muscle-invasive bladder cancer", which approvals for NMIBC do not cover. */
  'approval.qualifiedCondition': '{{qualifier}} {{condition}} (approvals for {{excluded}} do not cover it)',
  /** slot {{nobody}} */
  'approval.nobodyFor':
    '; no gene-modified cell or gene therapy in the dataset is approved for {{condition}}',
  'approval.approvedUses': 'Approved uses: {{approvals}}.',
  'approval.isApproved': '{{product}} is approved: {{approvals}}.',
  'approval.wasApproved': '{{product}} was approved, and has since been withdrawn: {{approvals}}.',
  'approval.matches': 'Matches the {{regulator}} approval of {{date}}: “{{quote}}”{{unconfirmed}}.',
  'approval.classNotCoveredFirst':
    'The dataset covers CAR-T, TCR-T, TIL, oncolytic virus and cancer gene therapies only, so it cannot say whether {{name}} was the first {{class}}.',
  'approval.classNotCoveredOnly':
    'The dataset covers CAR-T, TCR-T, TIL, oncolytic virus and cancer gene therapies only, so it cannot say whether {{name}} was the only {{class}}.',
  'approval.recordsApproval':
    'It records the {{regulator}} approval of {{date}}: “{{quote}}”{{unconfirmed}}.',
  'approval.notFirst':
    '{{product}} is approved ({{regulator}}, {{date}}), but not the first {{class}}: {{conflict}}.',
  'approval.notPlace':
    '{{product}} is approved ({{regulator}}, {{date}}), but not number {{place}} among {{class}} products: {{conflict}}.',
  'approval.firstHolds': 'No other {{class}} in its records was approved before it{{where}}.',
  'approval.placeHolds': 'Its records hold {{count}} {{class}} product(s) approved before it{{where}}.',
  'approval.notOnly':
    '{{product}} is approved ({{regulator}}, {{date}}), but not the only {{class}}: {{conflict}}.',
  'approval.cannotConfirmPlace':
    'TherapyLens cannot confirm that {{name}} was number {{place}} among {{class}} products: {{reason}}.',
  'approval.recordedFirst': 'Its sources name it {{record}}.',
  'approval.cannotConfirmFirst':
    'TherapyLens cannot confirm that {{name}} was the first {{class}}: {{reason}}, and it has no record of an earlier one.',
  'approval.cannotConfirmOnly':
    'TherapyLens cannot confirm that {{name}} was the only {{class}}: {{reason}}, and it has no record of an earlier one.',
  /** slot {{reason}} */
  'rankReason.scope': 'it does not read every limit of that ranking',
  'rankReason.worldwide': 'its records of {{class}} approvals are not complete worldwide',
  // lib/verify/rank.ts, slot {{conflict}}.
  'rank.alsoApproved':
    'the dataset also records {{product}} ({{regulator}}, {{date}}) as an approved {{class}}{{where}}',
  'rank.earlierMany':
    '{{count}} products of that kind were approved before it, {{product}} among them ({{regulator}}, {{date}})',
  'rankReason.fewerEarlier': 'its records hold {{count}} approved before it, and may miss one',
  'rank.earlier': '{{product}} was approved earlier ({{regulator}}, {{date}}; this product {{ownDate}})',
  /** slot {{where}} */
  'rank.by': ' by the {{regulator}}',
  'approval.outdated': 'Outdated: that was the {{regulator}} label of {{date}} (“{{quote}}”).',
  'indication.localLabelDiffers':
    'The page names no regulator, and its language points to the {{regulator}}, whose label ({{date}}) differs: “{{quote}}”. Which label the page means is not said.',
  'approval.currentLabel': 'The current {{regulator}} label ({{date}}) covers {{line}}; {{population}}.',
  'approval.partlyOutdated':
    'Partly outdated: the current {{regulator}} label ({{date}}) covers {{line}}; {{population}}.',
  'approval.superseded': 'That label has since been superseded.',
  'approval.conflicts': 'Approved by the {{regulator}} ({{date}}) for {{condition}}, but {{conflicts}}.',
  'approval.incompleteRegulator':
    "TherapyLens's records of {{regulator}} decisions for {{name}} are not complete, so a later decision may cover what the page says.",
  'approval.beforeFirst':
    'The {{regulator}} first approved it for {{condition}} on {{date}}, so it had no such {{regulator}} approval at the date the page gives.',
  'approval.afterAsOf':
    'The page dates this decision after {{asOf}}, the date of TherapyLens’s records of {{name}}, so they cannot settle it.',
  'approval.firstWasEarlier':
    'The {{regulator}} first approved it for {{condition}} on {{date}}, earlier than the page dates that first approval.',
  'indication.investigationalUse':
    'The page tells a use without saying it is approved or on offer: it may describe the trials.',
  'approval.rankHome':
    'The page ranks {{name}} first in its own country without saying first approved there: it may mean the first made there, which TherapyLens cannot check.',
  'rank.notOfApproval':
    'The page ranks {{name}} among products of its kind without saying approved. TherapyLens records it as investigational (as of {{asOf}}), so the ranking may be of products made or tested, which it cannot check.',
  'approval.incompleteAll':
    "TherapyLens's records of these regulators’ decisions for {{name}} are not complete, so a later decision may cover what the page says.",
  'approval.noAgeGroup': 'No regulator in the dataset has approved it for that age group (as of {{asOf}}).',
  // What part of an approval the page gets wrong, slots of {{conflicts}}.
  'conflict.onlyPopulation': 'only {{population}}; the page says adults',
  'conflict.onlyForAllAges': 'only {{population}}; the page says any age',
  'conflict.onlyForChildren': 'only for {{population}}; the page says children',
  'conflict.onlyForChildrenAndYoungAdults':
    'only for {{population}}; the page says children and young adults',
  'conflict.upToAge': 'only up to age {{age}}; the page says up to {{pageAge}}',
  'conflict.ageLimit': 'up to age {{age}}; the page gives the limit as {{pageAge}}',
  'conflict.noUpperAge': 'for adults with no upper age limit; the page says up to {{pageAge}}',
  'conflict.fromAgeNotUpTo': 'only from age {{age}}; the page says up to {{pageAge}}',
  'conflict.upToAgeNotFrom': 'only up to age {{age}}; the page says from {{pageAge}}',
  'conflict.afterPriorLine': 'only after ≥{{lines}} prior line; the page says {{pageLines}}',
  'conflict.afterPriorLines': 'only after ≥{{lines}} prior lines; the page says {{pageLines}}',
  /** slot {{pageLines}}: the page's "after 2 prior lines" */
  'conflict.alreadyAfterPriorLine': 'from ≥{{lines}} prior line; the page says at least {{pageLines}}',
  'conflict.alreadyAfterPriorLines': 'from ≥{{lines}} prior lines; the page says at least {{pageLines}}',
  'conflict.pageLines': '{{lines}}',
  /** slot {{pageLines}} */
  'conflict.noPriorLine': 'use with no prior line of therapy (newly diagnosed or first-line)',
  'conflict.date': 'on {{date}}; the page says {{pageDate}}',
  'conflict.approvalType': 'as a {{type}} approval; the page says {{pageType}}',
  /** slots {{type}} and {{pageType}} */
  'approvalType.regular': 'regular',
  'approvalType.accelerated': 'accelerated',
  'approvalType.conditional': 'conditional',
  'approvalType.conditional-time-limited': 'conditional time-limited',

  // Claims that a product is not approved.
  'notApproved.investigational':
    'Matches the dataset: {{product}} is investigational, not approved anywhere as of {{asOf}}.',
  'notApproved.pending':
    'TherapyLens records {{product}} as investigational as of {{asOf}}, but a decision on it was due ({{regulator}}, {{date}}): whether it has been approved since, the dataset cannot say.',
  'notApproved.withdrawn':
    'Matches the dataset: {{product}} is withdrawn, not approved anywhere as of {{asOf}}.',
  'notApproved.unspecified':
    'The page says {{name}} is not approved, without a regulator or a use TherapyLens could read.',
  'notApproved.broaderThanApproved':
    'The page says {{name}} is not for {{condition}}, but it is approved for kinds of it ({{approvals}}); TherapyLens cannot tell which {{condition}} the page means.',
  'notApproved.recordsThese': 'It records these approvals: {{approvals}}.',
  'notApproved.limitation':
    'Matches the {{regulator}} label, which is not indicated for {{condition}}{{note}}.',
  /** slot {{note}} */
  'notApproved.limitationNote': ' ({{note}})',
  'notApproved.incomplete':
    'TherapyLens has no record of an approval of {{name}} by {{who}}{{where}}, but that record is not complete (as of {{asOf}}), so it cannot confirm there is none.',
  'notApproved.matchesNone':
    'Matches the dataset: no approval of {{name}} by {{who}}{{where}} as of {{asOf}}.',
  /** slots {{who}} and {{where}} */
  'notApproved.byRegulator': 'the {{regulator}}',
  'notApproved.byAny': 'any regulator',
  'notApproved.byNamed': '{{name}}',
  'notApproved.byOther': 'the regulator the page names',
  'notApproved.for': ' for {{condition}}',
  'indication.useOnly':
    'For the disease and patients only (whether the {{regulator}} approved {{name}} is checked with the approval):',
  'notApproved.lifted': 'Outdated: {{regulator}} removed this limitation of use on {{date}} (“{{text}}”).',
  'notApproved.otherPatientsOnly':
    "Matches the approvals TherapyLens records for {{name}} as of {{asOf}}: none covers the page's line of therapy or patients ({{approvals}}).",
  'notApproved.partsOpen':
    "TherapyLens cannot tell whether the approvals it records for {{name}} ({{approvals}}) cover the page's line of therapy or patients.",
  'notApproved.broader':
    'TherapyLens records approvals of {{name}} for {{condition}}, a broader disease; it has no record of whether they include or exclude {{pageCondition}}.',
  'notApproved.differs': '{{name}} is approved: {{approvals}}; the page says it is not.',
} as const;

export type ExplainKey = keyof typeof EXPLAIN_EN;
