// Las explicaciones de los veredictos en español, una por cada plantilla de
// lib/verify/explain/en.ts (mismas claves, mismos {{parámetros}}). Los nombres de productos y
// enfermedades, las citas de fichas técnicas y las de la página se insertan tal cual (casi siempre
// en inglés); las agencias van con artículo femenino ("la FDA", "la EMA"), como en la prensa médica.
// Las entradas "slot" rellenan un hueco de otra frase y no son frases por sí solas.
import type { ExplainKey } from '../../../lib/verify/explain/en';

export const explainEs: Record<ExplainKey, string> = {
  verbatim: '{{text}}',

  unattributed:
    'No está vinculada a ningún producto concreto de la página, así que no hay nada en los datos de referencia con qué compararla.',
  noEntry: 'Los datos de referencia no tienen ninguna entrada para {{productId}}.',
  failed: 'No se pudo comparar esta afirmación con los datos de referencia.',
  inferredSubject:
    'Esta afirmación no menciona {{name}}; TherapyLens dedujo del resto de la página que trata de {{name}}, lo que no basta para decir que es incorrecta. Si trata de {{name}}:',

  'count.none': 'No hay ninguna cifra que comparar.',
  'count.matches': 'A fecha de {{asOf}}, los datos de referencia recogen {{count}} {{what}}: {{names}}.',
  'count.differs':
    'A fecha de {{asOf}}, los datos de referencia recogen {{count}} {{what}} ({{names}}); la página dice {{pageCount}}.',
  'count.approved': 'productos {{modality}} aprobados',
  'count.approvedBy': 'productos {{modality}} aprobados por la {{regulator}}',
  'count.approvedFor': 'productos {{modality}} aprobados para {{condition}}',
  'count.approvedByFor': 'productos {{modality}} aprobados por la {{regulator}} para {{condition}}',
  'count.atLeast': 'al menos {{count}}',
  'modality.car-t': 'CAR-T',
  'modality.tcr-t': 'TCR-T',
  'modality.til': 'TIL',
  'modality.oncolytic-virus': 'de virus oncolíticos',
  'modality.any': 'de terapia celular y génica',

  designation:
    'Se trata de {{step}}, no de una aprobación. TherapyLens no tiene constancia de este paso para {{name}}, así que no puede confirmarlo ni desmentirlo.',
  'designation.denied':
    'La página dice que no ha habido {{step}} para {{name}}. TherapyLens registra los pasos dados, no su ausencia, así que no puede confirmarlo ni desmentirlo.',
  'designation.matches':
    'Se trata de {{step}}, no de una aprobación. Coincide con el registro de la {{regulator}} de {{date}}: {{record}}.',
  'designation.matchesUndated':
    'Se trata de {{step}}, no de una aprobación. Coincide con el registro de la {{regulator}}: {{record}} (sin fecha en los datos).',
  'step.ind-clearance': 'una autorización para iniciar ensayos clínicos (IND)',
  'step.designation': 'una designación',
  'step.withdrawal': 'retirada de la autorización',
  'withdrawal.otherDate':
    'La {{regulator}} la retiró el {{date}}, no en la fecha que da la página ({{pageDate}}).',
  'step.reimbursement': 'decisión de reembolso o cobertura del coste',
  'step.crl': 'una carta de respuesta completa (la negativa a aprobar la solicitud tal como se presentó)',
  'step.filing': 'una solicitud o una evaluación en curso',
  'step.committee-opinion': 'el dictamen de un comité',
  'designationKind.breakthrough': 'designación de terapia innovadora (breakthrough)',
  'designationKind.orphan': 'designación de medicamento huérfano',
  'designationKind.rmat': 'designación RMAT',
  'designationKind.prime': 'designación PRIME',
  'designationKind.fast-track': 'designación de vía rápida (fast track)',
  'designationKind.priority-review': 'evaluación prioritaria',
  'designationKind.nmpa-breakthrough': 'designación de terapia innovadora',
  'designationKind.sakigake': 'designación SAKIGAKE',
  'designationKind.ind-clearance': 'autorización para iniciar ensayos clínicos (IND)',
  'designationKind.bla-accepted': 'solicitud aceptada para evaluación',
  'designationKind.action-date': 'fecha prevista de decisión',
  'designationKind.chmp-opinion': 'dictamen del CHMP',
  'step.other': 'un trámite regulatorio',

  marketing:
    '«{{phrase}}» es lenguaje publicitario que ninguna ficha técnica aprobada respalda; las fichas técnicas informan de tasas de respuesta, seguimiento y efectos secundarios, no de curas ni garantías.',

  'target.none': 'No hay ninguna diana que comparar.',
  'target.noneRecorded': 'Los datos de referencia no recogen ninguna diana antigénica para {{name}}.',
  'target.oneOfListed':
    'Coincide con los datos de referencia: {{name}} se dirige contra {{targets}}, una de las dianas que enumera la página ({{listed}}).',
  'target.noneOfListed':
    '{{name}} se dirige contra {{targets}}, que no es ninguna de las dianas que enumera la página ({{listed}}).',
  'target.matches': 'Coincide con los datos de referencia: {{name}} se dirige contra {{targets}}.',
  'target.differs': '{{name}} se dirige contra {{targets}}, no contra {{target}}.',

  'response.noFigure':
    'La página no da ninguna cifra que los datos de referencia recojan de forma comparable.',
  'response.lesions':
    'La página cuenta lesiones, no pacientes; las cifras de los datos de referencia son por paciente, así que no hay nada equivalente con qué comparar.',
  'response.ownPatients':
    'La página informa de los resultados de sus propios pacientes; los datos de referencia solo contienen cifras de ensayos clínicos y de fichas técnicas.',
  'response.noneToCompare':
    'Los datos de referencia no tienen ninguna cifra de {{metric}} de {{name}} con la que comparar.',
  'response.noneToCompareIn':
    'Los datos de referencia no tienen ninguna cifra de {{metric}} de {{name}} en {{condition}} con la que comparar.',
  'response.trialWithoutFigure':
    'La página cita {{trial}}, un ensayo del que los datos de referencia no tienen una cifra de este tipo.',
  'response.trialUnknown': 'La página cita {{trial}}, un ensayo que no figura en los datos de referencia.',
  'response.timepoint':
    'La página da la cifra en un momento concreto («{{timepoint}}»); los datos de referencia no tienen ninguna cifra en ese momento.',
  'response.cohort':
    'La página da la cifra de un grupo concreto («{{cohort}}»), no de toda la población del ensayo.',
  'response.nearest':
    'Las cifras más cercanas de los datos de referencia ({{figures}}) pueden medir otra cosa, así que esto ni se confirma ni se contradice.',
  'response.matches': 'Coincide con {{kind}}: {{figure}}{{arm}}.',
  'response.arm': ' frente a {{value}} en el grupo de comparación',
  'response.figures': '{{figures}}.',
  'response.armDiffers':
    'El grupo de comparación no coincide: la página da {{page}} y la fuente, {{source}}.',
  'response.nDiffers': 'La página da n={{pageN}}; esta cifra corresponde a {{n}} pacientes.',
  'response.otherCohort':
    'La cifra de la página ({{page}}) corresponde a {{pageN}} pacientes, un grupo o corte de datos que las cifras de referencia (de {{n}} pacientes) no cubren, así que no se puede confirmar ni desmentir.',
  'response.otherCondition': 'La cifra es de {{condition}}; la página la muestra junto a {{pageCondition}}.',
  'response.outsideContext':
    'Los datos de referencia no tienen ninguna cifra de {{name}} en {{condition}}, la enfermedad de la que trata esta parte de la página; las que tienen son de otros usos ({{figures}}).',
  'response.pressOnly':
    'Solo hay cifras de notas de prensa con las que comparar ({{figures}}); la cifra de la página ({{page}}) puede proceder de otra cohorte o de otro corte de datos.',
  'response.otherCut':
    'Las medianas y los hazard ratios cambian de un análisis del ensayo al siguiente y los datos de referencia solo recogen algunos: la cifra de la página ({{page}}) puede proceder de otro análisis o corte de datos, así que ni se confirma ni se contradice.',
  'response.whichUse':
    'La página no dice de qué ensayo ni de qué enfermedad es su cifra ({{page}}), y las cifras de {{name}} en los datos de referencia proceden de ensayos en varias enfermedades, así que ninguna la confirma ni la contradice.',
  'response.near':
    'La cifra de la página ({{page}}) está a {{points}} puntos o menos de estas, pero la página no dice de qué ensayo es; puede proceder de otro análisis o corte de datos que los datos de referencia no recogen.',
  'response.landmarkNoTrial':
    'La página no nombra el ensayo de su {{page}}; una tasa en ese momento puede venir de un ensayo o un corte de datos que el conjunto de datos no tiene.',
  'response.differsOne': 'La cifra de la página ({{page}}) no coincide con ella{{tolerance}}.',
  'response.differsBoth': 'La cifra de la página ({{page}}) no coincide con ninguna de las dos{{tolerance}}.',
  'response.differsAll': 'La cifra de la página ({{page}}) no coincide con ninguna de ellas{{tolerance}}.',
  'response.tolerance': ' (tolerancia: ±{{points}} puntos porcentuales)',
  'response.note': 'Coincide con la nota de los datos de referencia sobre {{kind}} ({{trial}}): «{{note}}»',
  'note.allOrr':
    'En la leucemia linfoblástica aguda (LLA), la ficha técnica da la remisión global (CR/CRi), que la página llama «ORR».',
  'note.allResponse':
    'En la leucemia linfoblástica aguda (LLA), la ficha técnica da la remisión global (CR/CRi), que la página llama tasa de respuesta.',
  'note.overallRemission': 'La cifra es la remisión global (CR + CRi).',
  'note.remissionAsResponse':
    'La «remisión» de la página se lee como la respuesta global, como la usan muchas páginas.',
  'note.crScr': 'La cifra cuenta las respuestas completas o completas estrictas (CR/sCR).',
  'note.atLeastCr': 'La cifra cuenta la respuesta completa o mejor (≥CR).',
  'note.scrOnly': 'La cifra cuenta solo las respuestas completas estrictas (sCR).',

  'figure.item': '{{kind}}: {{figure}}',
  'figure.facts': '{{facts}}{{unconfirmed}}',
  'figure.metricValue': '{{metric}} {{value}}',
  'figure.n': 'n={{n}}',
  'figureKind.label': 'la ficha técnica',
  'figureKind.labelStart': 'Ficha técnica',
  'figureKind.regulatorLabel': 'la ficha técnica de la {{regulator}}',
  'figureKind.regulatorLabelStart': 'Ficha técnica de la {{regulator}}',
  'figureKind.otherLabel': 'la ficha técnica de otra agencia reguladora',
  'figureKind.otherLabelStart': 'Ficha técnica de otra agencia reguladora',
  'figureKind.publication': 'la publicación',
  'figureKind.publicationStart': 'Publicación',
  'figureKind.press': 'la nota de prensa',
  'figureKind.pressStart': 'Nota de prensa',
  'value.percent': '{{value}} %',
  'value.months': '{{value}} meses',
  'value.plain': '{{value}}',
  'pageFigure.percent': '{{comparator}}{{value}} %',
  'pageFigure.upTo': 'hasta el {{value}} %',
  'pageFigure.range': '{{low}}-{{high}} %',
  'pageFigure.ratio': 'HR {{value}}',
  'pageFigure.riskReduction': 'riesgo un {{percent}} % menor (HR {{value}})',
  unconfirmed: ' (sin confirmar en nuestras fuentes)',
  'metric.ORR': 'ORR',
  'metric.CR': 'CR',
  'metric.CR/CRi': 'remisión global (CR/CRi)',
  'metric.sCR': 'sCR',
  'metric.CR/sCR': 'CR/sCR',
  'metric.≥CR': '≥CR',
  'metric.DRR': 'tasa de respuesta duradera',
  'metric.median PFS': 'mediana de SLP',
  'metric.median EFS': 'mediana de SLE',
  'metric.median OS': 'mediana de SG',
  'metric.median DoR': 'mediana de duración de la respuesta',
  'metric.HR': 'HR',
  'metric.PFS rate': 'tasa de SLP',
  'metric.OS rate': 'tasa de SG',
  'metric.EFS rate': 'tasa de SLE',
  'metric.DoR rate': 'proporción que sigue en respuesta',
  'metric.MRD-negative': 'tasa de EMR negativa',
  'metric.CRS any grade': 'SLC (cualquier grado)',
  'metric.CRS grade ≥3': 'SLC de grado ≥3',
  'metric.ICANS any grade': 'ICANS (cualquier grado)',
  'metric.ICANS grade ≥3': 'ICANS de grado ≥3',
  'metric.NT any grade': 'neurotoxicidad (cualquier grado)',
  'metric.NT grade ≥3': 'neurotoxicidad de grado ≥3',
  'metric.derivedCri': 'CRi (remisión global menos CR)',
  'pageMetric.ORR': 'ORR',
  'pageMetric.response': 'respuesta',
  'pageMetric.CR': 'CR',
  'pageMetric.complete remission': 'remisión completa',
  'pageMetric.CR/CRi': 'CR/CRi',
  'pageMetric.CRi': 'CRi',
  'pageMetric.remission': 'remisión',
  'pageMetric.sCR': 'sCR',
  'pageMetric.CR/sCR': 'CR/sCR',
  'pageMetric.≥CR': '≥CR',
  'pageMetric.DRR': 'respuesta duradera (DRR)',
  'pageMetric.median PFS': 'mediana de SLP',
  'pageMetric.median EFS': 'mediana de SLE',
  'pageMetric.median OS': 'mediana de SG',
  'pageMetric.median DoR': 'mediana de duración de la respuesta',
  'pageMetric.HR': 'HR',
  'pageMetric.EFS rate': 'tasa de supervivencia libre de eventos',
  'pageMetric.PFS rate': 'tasa de supervivencia libre de progresión',
  'pageMetric.OS rate': 'tasa de supervivencia',
  'endpointHr.PFS': 'HR de supervivencia libre de progresión',
  'endpointHr.EFS': 'HR de supervivencia libre de eventos',
  'endpointHr.OS': 'HR de supervivencia global',
  'pageMetric.MRD-negative': 'EMR negativa',
  'pageMetric.durable': 'respuesta duradera',

  'regulator.OTHER': 'agencia reguladora de otro país',
  'regulator.RU_MOH': 'autoridad sanitaria rusa',
  'regulator.that': 'esa agencia',
  'regulator.none': 'ninguna',

  'approvals.item': '{{regulator}} ({{date}}) para {{condition}}',
  'approvals.more': 'y {{count}} más',
  'approvals.nothing': 'nada registrado',

  'status.investigational':
    '{{product}} está en investigación: a fecha de {{asOf}} no está aprobado en ningún país.',
  'status.withdrawn': '{{product}} se ha retirado del mercado (datos de referencia a fecha de {{asOf}}).',
  'approval.noneRecorded':
    'Los datos de referencia no recogen ninguna aprobación de {{name}} a fecha de {{asOf}}.',
  'approval.untracked':
    'La página menciona {{regulator}}, una agencia cuyas aprobaciones no recogen los datos de referencia (que cubren {{tracked}}), así que esto no se puede comprobar.',
  'approval.recordsFor':
    'Para {{name}}, los datos de referencia recogen: {{approvals}} (a fecha de {{asOf}}).',
  'approval.regulatorIncomplete':
    'TherapyLens no tiene constancia de ninguna aprobación de {{name}} por la {{regulator}}, pero su registro de las decisiones de la {{regulator}} sobre este producto no está completo (a fecha de {{asOf}}), así que no puede afirmar que no exista.',
  'approval.itRecords': 'Tiene registrado: {{approvals}}.',
  'approval.noRegulatorApproval':
    'Los datos de referencia no recogen ninguna aprobación de {{name}} por la {{regulator}} (a fecha de {{asOf}}).',
  'approval.approvedBy': 'Está aprobado por: {{approvals}}.',
  'approval.narrower':
    'La aprobación cubre {{condition}}, algo más restringido que lo que dice la página ({{pageCondition}}).',
  'approval.conditionIncompleteRegulator':
    'TherapyLens no tiene constancia de ninguna aprobación de {{name}} para {{condition}}, pero su registro de las decisiones de la {{regulator}} sobre {{name}} no está completo (a fecha de {{asOf}}).',
  'approval.conditionIncompleteAll':
    'TherapyLens no tiene constancia de ninguna aprobación de {{name}} para {{condition}}, pero su registro de las decisiones de todas las agencias sobre {{name}} no está completo (a fecha de {{asOf}}).',
  'approval.usesRecorded': 'Usos aprobados que tiene registrados: {{approvals}}.',
  'approval.regulatorNotFor':
    'La {{regulator}} no ha aprobado {{name}} para {{condition}}{{nobody}} (a fecha de {{asOf}}).',
  'approval.completeNotFor':
    'Ninguna de las agencias cuyas decisiones TherapyLens registra por completo ({{regulators}}) ha aprobado {{name}} para {{condition}}{{nobody}} (a fecha de {{asOf}}).',
  'approval.qualifiedCondition':
    '{{condition}} ({{qualifier}}; las aprobaciones para {{excluded}} no lo cubren)',
  'approval.nobodyFor':
    '; ninguna terapia celular modificada genéticamente ni terapia génica de los datos de referencia está aprobada para {{condition}}',
  'approval.approvedUses': 'Usos aprobados: {{approvals}}.',
  'approval.isApproved': '{{product}} está aprobado: {{approvals}}.',
  'approval.wasApproved': '{{product}} fue aprobado y luego retirado: {{approvals}}.',
  'approval.matches':
    'Coincide con la aprobación de la {{regulator}} del {{date}}: «{{quote}}»{{unconfirmed}}.',
  'approval.classNotCoveredFirst':
    'Los datos de referencia solo cubren terapias CAR-T, TCR-T, TIL, virus oncolíticos y terapias génicas contra el cáncer, así que no pueden decir si {{name}} fue el primero de su clase («{{class}}»).',
  'approval.classNotCoveredOnly':
    'Los datos de referencia solo cubren terapias CAR-T, TCR-T, TIL, virus oncolíticos y terapias génicas contra el cáncer, así que no pueden decir si {{name}} es el único de su clase («{{class}}»).',
  'approval.recordsApproval':
    'Los datos de referencia recogen la aprobación de la {{regulator}} del {{date}}: «{{quote}}»{{unconfirmed}}.',
  'approval.notFirst':
    '{{product}} está aprobado ({{regulator}}, {{date}}), pero no fue el primero de su clase («{{class}}»): {{conflict}}.',
  'approval.notPlace':
    '{{product}} está aprobado ({{regulator}}, {{date}}), pero no es el número {{place}} entre los productos {{class}}: {{conflict}}.',
  'approval.firstHolds': 'Ningún otro producto {{class}} de sus registros se aprobó antes{{where}}.',
  'approval.placeHolds': 'Sus registros tienen {{count}} producto(s) {{class}} aprobados antes{{where}}.',
  'approval.notOnly':
    '{{product}} está aprobado ({{regulator}}, {{date}}), pero no es el único de su clase («{{class}}»): {{conflict}}.',
  'approval.cannotConfirmPlace':
    'TherapyLens no puede confirmar que {{name}} fuera el número {{place}} entre los productos {{class}}: {{reason}}.',
  'approval.recordedFirst': 'Sus fuentes lo describen así: {{record}}.',
  'approval.cannotConfirmFirst':
    'TherapyLens no puede confirmar que {{name}} fuera el primero de su clase («{{class}}»): {{reason}}, y no tiene constancia de ninguno anterior.',
  'approval.cannotConfirmOnly':
    'TherapyLens no puede confirmar que {{name}} sea el único de su clase («{{class}}»): {{reason}}, y no tiene constancia de ninguno anterior.',
  'rankReason.scope': 'no lee todos los límites de esa clasificación',
  'rankReason.worldwide': 'su registro de aprobaciones de «{{class}}» no está completo a escala mundial',
  'rank.alsoApproved':
    'los datos de referencia también recogen {{product}} ({{regulator}}, {{date}}) como «{{class}}» aprobado{{where}}',
  'rank.earlierMany':
    'antes que él se aprobaron {{count}} productos de ese tipo, entre ellos {{product}} ({{regulator}}, {{date}})',
  'rankReason.fewerEarlier': 'sus registros tienen {{count}} aprobados antes que él, y puede faltar alguno',
  'rank.earlier': '{{product}} se aprobó antes ({{regulator}}, {{date}}; este producto, {{ownDate}})',
  'rank.by': ' por la {{regulator}}',
  'approval.outdated':
    'Desactualizado: esa era la ficha técnica de la {{regulator}} del {{date}} («{{quote}}»).',
  'indication.localLabelDiffers':
    'La página no nombra ningún regulador, y su idioma apunta a la {{regulator}}, cuya ficha técnica ({{date}}) es distinta: «{{quote}}». No se dice a qué ficha se refiere la página.',
  'approval.currentLabel':
    'La ficha técnica vigente de la {{regulator}} ({{date}}) cubre {{line}}; {{population}}.',
  'approval.partlyOutdated':
    'En parte desactualizado: la ficha técnica vigente de la {{regulator}} ({{date}}) cubre {{line}}; {{population}}.',
  'approval.superseded': 'Esa ficha técnica ha sido sustituida desde entonces.',
  'approval.conflicts': 'Aprobado por la {{regulator}} ({{date}}) para {{condition}}, pero {{conflicts}}.',
  'approval.incompleteRegulator':
    'El registro de TherapyLens de las decisiones de la {{regulator}} sobre {{name}} no está completo, así que una decisión posterior podría cubrir lo que dice la página.',
  'approval.beforeFirst':
    'La {{regulator}} lo aprobó por primera vez para {{condition}} el {{date}}, así que en la fecha que da la página no tenía esa aprobación de la {{regulator}}.',
  'approval.afterAsOf':
    'La página fecha esta decisión después del {{asOf}}, la fecha de los registros de TherapyLens sobre {{name}}, así que no pueden resolverla.',
  'approval.firstWasEarlier':
    'La {{regulator}} lo aprobó por primera vez para {{condition}} el {{date}}, antes de la fecha que la página da a esa primera aprobación.',
  'indication.investigationalUse':
    'La página cuenta un uso sin decir que esté aprobado u ofrecido: puede describir los ensayos.',
  'approval.rankHome':
    'La página dice que {{name}} es el primero de su propio país sin decir que fue el primero aprobado allí: puede querer decir el primero desarrollado allí, algo que TherapyLens no puede comprobar.',
  'rank.notOfApproval':
    'La página clasifica {{name}} entre los productos de su tipo sin decir aprobado. TherapyLens lo registra como en investigación (a {{asOf}}), así que la clasificación puede referirse a productos desarrollados o ensayados, algo que no puede comprobar.',
  'approval.incompleteAll':
    'El registro de TherapyLens de las decisiones de estas agencias sobre {{name}} no está completo, así que una decisión posterior podría cubrir lo que dice la página.',
  'approval.noAgeGroup':
    'Ninguna agencia de los datos de referencia lo ha aprobado para ese grupo de edad (a fecha de {{asOf}}).',
  'conflict.onlyPopulation': 'solo para {{population}}; la página dice adultos',
  'conflict.onlyForAllAges': 'solo para {{population}}; la página dice a cualquier edad',
  'conflict.onlyForChildren': 'solo para {{population}}; la página dice niños',
  'conflict.onlyForChildrenAndYoungAdults':
    'solo para {{population}}; la página dice niños y adultos jóvenes',
  'conflict.upToAge': 'solo hasta los {{age}} años; la página dice hasta los {{pageAge}}',
  'conflict.ageLimit': 'hasta los {{age}} años; la página da como límite los {{pageAge}}',
  'conflict.noUpperAge': 'para adultos sin límite superior de edad; la página dice hasta {{pageAge}}',
  'conflict.fromAgeNotUpTo': 'solo a partir de los {{age}} años; la página dice hasta los {{pageAge}}',
  'conflict.upToAgeNotFrom': 'solo hasta los {{age}} años; la página dice a partir de los {{pageAge}}',
  'conflict.afterPriorLine':
    'solo tras {{lines}} línea de tratamiento previa como mínimo; la página dice {{pageLines}}',
  'conflict.afterPriorLines':
    'solo tras {{lines}} líneas de tratamiento previas como mínimo; la página dice {{pageLines}}',
  'conflict.alreadyAfterPriorLine':
    'desde {{lines}} línea de tratamiento previa; la página dice al menos {{pageLines}}',
  'conflict.alreadyAfterPriorLines':
    'desde {{lines}} líneas de tratamiento previas; la página dice al menos {{pageLines}}',
  'conflict.pageLines': 'tras {{lines}} o más líneas previas',
  'conflict.noPriorLine': 'uso sin ningún tratamiento previo (diagnóstico reciente o primera línea)',
  'conflict.date': 'con fecha {{date}}; la página dice {{pageDate}}',
  'conflict.approvalType': 'como aprobación {{type}}; la página dice {{pageType}}',
  'approvalType.regular': 'ordinaria',
  'approvalType.accelerated': 'acelerada',
  'approvalType.conditional': 'condicional',
  'approvalType.conditional-time-limited': 'condicional y por tiempo limitado',

  'notApproved.investigational':
    'Coincide con los datos de referencia: {{product}} está en investigación y, a fecha de {{asOf}}, no está aprobado en ningún país.',
  'notApproved.pending':
    'TherapyLens registra {{product}} como en investigación a fecha de {{asOf}}, pero había una decisión prevista ({{regulator}}, {{date}}): si se ha aprobado desde entonces, los datos de referencia no lo dicen.',
  'notApproved.withdrawn':
    'Coincide con los datos de referencia: {{product}} se ha retirado y, a fecha de {{asOf}}, no está aprobado en ningún país.',
  'notApproved.unspecified':
    'La página dice que {{name}} no está aprobado, sin nombrar una agencia ni un uso que TherapyLens pudiera leer.',
  'notApproved.broaderThanApproved':
    'La página dice que {{name}} no está indicado para {{condition}}, pero sí está aprobado para algunos tipos ({{approvals}}); TherapyLens no puede saber a qué tipo de {{condition}} se refiere la página.',
  'notApproved.recordsThese': 'TherapyLens tiene registradas estas aprobaciones: {{approvals}}.',
  'notApproved.limitation':
    'Coincide con la ficha técnica de la {{regulator}}, que no lo indica para {{condition}}{{note}}.',
  'notApproved.limitationNote': ' ({{note}})',
  'notApproved.incomplete':
    'TherapyLens no tiene constancia de ninguna aprobación de {{name}} por parte de {{who}}{{where}}, pero ese registro no está completo (a fecha de {{asOf}}), así que no puede confirmar que no exista.',
  'notApproved.matchesNone':
    'Coincide con los datos de referencia: a fecha de {{asOf}} no consta ninguna aprobación de {{name}} por parte de {{who}}{{where}}.',
  'notApproved.byRegulator': 'la {{regulator}}',
  'notApproved.byAny': 'ninguna agencia reguladora',
  'notApproved.byNamed': '{{name}}',
  'notApproved.byOther': 'la agencia que nombra la página',
  'notApproved.for': ' para {{condition}}',
  'indication.useOnly':
    'Solo se comprueban la enfermedad y los pacientes (si la {{regulator}} aprobó {{name}} se comprueba con la aprobación):',
  'notApproved.lifted':
    'Desactualizado: la {{regulator}} eliminó esta limitación de uso el {{date}} («{{text}}»).',
  'notApproved.otherPatientsOnly':
    'Coincide con las aprobaciones que TherapyLens tiene registradas para {{name}} a {{asOf}}: ninguna cubre la línea de tratamiento o los pacientes de la página ({{approvals}}).',
  'notApproved.partsOpen':
    'TherapyLens no sabe si las aprobaciones que tiene registradas para {{name}} ({{approvals}}) cubren la línea de tratamiento o los pacientes de la página.',
  'notApproved.broader':
    'TherapyLens tiene registradas aprobaciones de {{name}} para {{condition}}, una enfermedad más amplia; no sabe si incluyen o excluyen {{pageCondition}}.',
  'notApproved.differs': '{{name}} está aprobado: {{approvals}}; la página dice que no.',
};
