// 简体中文的判定说明，逐条对应 lib/verify/explain/en.ts（键相同，{{参数}}相同）。产品名、疾病名、
// 说明书原文和页面原文按原样插入（多为英文），所以拉丁文字两侧留空格；“参考资料”指 TherapyLens
// 的数据集，与界面其余部分一致。标为 slot 的条目会填进别的句子里，不单独成句。
import type { ExplainKey } from '../../../lib/verify/explain/en';

export const explainZhCN: Record<ExplainKey, string> = {
  verbatim: '{{text}}',

  unattributed: '这句话没有对应到页面上的具体产品，因此参考资料中没有可以与之比较的内容。',
  noEntry: '参考资料中没有 {{productId}} 的条目。',
  failed: '无法将这一说法与参考资料进行比较。',
  inferredSubject:
    '这句话没有点名 {{name}}；TherapyLens 是根据页面其他内容推断它说的是 {{name}}，这不足以判定它有误。如果说的是 {{name}}：',

  'count.none': '没有可以比较的数量。',
  'count.matches': '截至 {{asOf}}，参考资料列出的{{what}}共有 {{count}} 个：{{names}}。',
  'count.differs':
    '截至 {{asOf}}，参考资料列出的{{what}}共有 {{count}} 个（{{names}}）；页面说有{{pageCount}}个。',
  'count.approved': '已获批的{{modality}}产品',
  'count.approvedBy': '获 {{regulator}} 批准的{{modality}}产品',
  'count.approvedFor': '获批用于{{condition}}的{{modality}}产品',
  'count.approvedByFor': '获 {{regulator}} 批准用于{{condition}}的{{modality}}产品',
  'count.atLeast': '至少 {{count}} ',
  'modality.car-t': ' CAR-T ',
  'modality.tcr-t': ' TCR-T ',
  'modality.til': ' TIL ',
  'modality.oncolytic-virus': '溶瘤病毒',
  'modality.any': '细胞和基因治疗',

  designation: '这是{{step}}，不是批准。TherapyLens 没有 {{name}} 这一步骤的记录，因此无法确认或否认。',
  'designation.denied':
    '页面称 {{name}} 没有{{step}}。TherapyLens 只记录已发生的步骤，不记录其未发生，因此无法确认或否认。',
  'designation.matches': '这是{{step}}，不是批准。与 {{regulator}} {{date}} 的记录一致：{{record}}。',
  'designation.matchesUndated':
    '这是{{step}}，不是批准。与 {{regulator}} 的记录一致：{{record}}（数据中没有日期）。',
  'step.ind-clearance': '开展临床试验的许可（IND）',
  'step.designation': '一项认定',
  'step.withdrawal': '撤销批准',
  'withdrawal.otherDate': '{{regulator}} 于 {{date}} 撤销批准，而非页面所说的 {{pageDate}}。',
  'step.reimbursement': '报销或医保支付决定',
  'step.crl': '完全回应函（按所提交申请不予批准）',
  'step.filing': '上市申请或审评',
  'step.committee-opinion': '委员会意见',
  'designationKind.breakthrough': '突破性疗法认定',
  'designationKind.orphan': '孤儿药认定',
  'designationKind.rmat': '再生医学先进疗法（RMAT）认定',
  'designationKind.prime': 'PRIME 认定',
  'designationKind.fast-track': '快速通道认定',
  'designationKind.priority-review': '优先审评',
  'designationKind.nmpa-breakthrough': '突破性治疗药物认定',
  'designationKind.sakigake': '先驱审评认定（SAKIGAKE）',
  'designationKind.ind-clearance': '临床试验许可（IND）',
  'designationKind.bla-accepted': '上市申请获受理',
  'designationKind.action-date': '审评决定日期',
  'designationKind.chmp-opinion': 'CHMP 意见',
  'step.other': '一项监管程序',

  marketing:
    '“{{phrase}}”是宣传用语，没有任何监管机构批准的说明书支持这种说法；说明书报告的是缓解率、随访时间和副作用，而不是治愈或保证。',

  'target.none': '没有可以比较的靶点。',
  'target.noneRecorded': '参考资料中没有 {{name}} 的抗原靶点记录。',
  'target.oneOfListed': '与参考资料一致：{{name}} 的靶点是 {{targets}}，是页面列出的靶点（{{listed}}）之一。',
  'target.noneOfListed': '{{name}} 的靶点是 {{targets}}，不在页面列出的靶点（{{listed}}）之中。',
  'target.matches': '与参考资料一致：{{name}} 的靶点是 {{targets}}。',
  'target.differs': '{{name}} 的靶点是 {{targets}}，而不是 {{target}}。',

  'response.noFigure': '页面没有给出参考资料中以可比方式记录的数字。',
  'response.lesions':
    '页面统计的是病灶，而不是患者；参考资料中的数字都按患者计算，因此没有同类数据可以比较。',
  'response.ownPatients': '页面报告的是本机构自己患者的结果；参考资料只收录临床试验和说明书中的数字。',
  'response.noneToCompare': '参考资料中没有 {{name}} 的{{metric}}数字可供比较。',
  'response.noneToCompareIn': '参考资料中没有 {{name}} 在 {{condition}} 中的{{metric}}数字可供比较。',
  'response.trialWithoutFigure': '页面引用的是 {{trial}}，而参考资料中没有这项试验的此类数字。',
  'response.trialUnknown': '页面引用的是 {{trial}}，参考资料中没有这项试验。',
  'response.timepoint': '页面给出的是某一时间点（“{{timepoint}}”）的数字；参考资料中没有这个时间点的数字。',
  'response.cohort': '页面给出的是某一特定人群（“{{cohort}}”）的数字，而不是整个试验人群的数字。',
  'response.nearest':
    '参考资料中最接近的数字（{{figures}}）衡量的可能是别的东西，因此这一说法既不能证实，也不能否定。',
  'response.matches': '与{{kind}}一致：{{figure}}{{arm}}。',
  'response.arm': '（对照组为 {{value}}）',
  'response.figures': '{{figures}}。',
  'response.armDiffers': '对照组的数字不同：页面给出的是 {{page}}，来源中是 {{source}}。',
  'response.nDiffers': '页面给出的是 n={{pageN}}；而这个数字来自 {{n}} 名患者。',
  'response.otherCohort':
    '页面上的{{page}}来自 {{pageN}} 名患者，参考资料中的数字（来自 {{n}} 名患者）不涵盖这一人群或数据截点，因此既不能确认也不能否认。',
  'response.otherCondition': '这个数字针对的是 {{condition}}；页面却把它放在 {{pageCondition}} 旁边。',
  'response.outsideContext':
    '参考资料中没有 {{name}} 在 {{condition}}（页面这一部分讨论的疾病）中的数字；现有的数字来自其他用途（{{figures}}）。',
  'response.pressOnly':
    '只有新闻稿中的数字可供比较（{{figures}}）；页面的 {{page}} 可能来自其他队列或其他数据截止时间。',
  'response.otherCut':
    '中位数和风险比会随试验的每次分析而变化，参考资料只收录了其中一部分：页面的 {{page}} 可能来自其他分析或数据截止时间，因此既不能确认也不能否定。',
  'response.whichUse':
    '页面没有说明其 {{page}} 来自哪项试验或哪种疾病，而参考资料中 {{name}} 的数字来自多种疾病的试验，因此无法确认也无法否定。',
  'response.near':
    '页面的 {{page}} 与这些数字相差不超过 {{points}} 个百分点，但页面没有说明来自哪项试验；它可能来自参考资料中没有的其他分析或数据截止时间。',
  'response.landmarkNoTrial':
    '页面未注明其 {{page}} 来自哪项试验；该时间点的比率可能来自数据集未收录的试验或数据截点。',
  'response.differsOne': '页面的 {{page}} 与之不符{{tolerance}}。',
  'response.differsBoth': '页面的 {{page}} 与两者都不符{{tolerance}}。',
  'response.differsAll': '页面的 {{page}} 与以上各项都不符{{tolerance}}。',
  'response.tolerance': '（容差为 ±{{points}} 个百分点）',
  'response.note': '与参考资料中关于{{kind}}（{{trial}}）的注释一致：“{{note}}”',
  'note.allOrr': '对于急性淋巴细胞白血病（ALL），说明书报告的是总缓解（CR/CRi），页面称之为“ORR”。',
  'note.allResponse': '对于急性淋巴细胞白血病（ALL），说明书报告的是总缓解（CR/CRi），页面称之为缓解率。',
  'note.overallRemission': '这个数字是总缓解（CR + CRi）。',
  'note.remissionAsResponse': '页面所说的“缓解”按总缓解率（客观缓解）理解，许多页面这样用这个词。',
  'note.crScr': '这个数字统计的是完全缓解或严格意义的完全缓解（CR/sCR）。',
  'note.atLeastCr': '这个数字统计的是完全缓解及更好的缓解（≥CR）。',
  'note.scrOnly': '这个数字只统计严格意义的完全缓解（sCR）。',

  'figure.item': '{{kind}}：{{figure}}',
  'figure.facts': '{{facts}}{{unconfirmed}}',
  'figure.metricValue': '{{metric}} {{value}}',
  'figure.n': 'n={{n}}',
  'figureKind.label': '说明书',
  'figureKind.labelStart': '说明书',
  'figureKind.regulatorLabel': ' {{regulator}} 说明书',
  'figureKind.regulatorLabelStart': '{{regulator}} 说明书',
  'figureKind.otherLabel': '其他监管机构的说明书',
  'figureKind.otherLabelStart': '其他监管机构的说明书',
  'figureKind.publication': '已发表论文',
  'figureKind.publicationStart': '已发表论文',
  'figureKind.press': '新闻稿',
  'figureKind.pressStart': '新闻稿',
  'value.percent': '{{value}}%',
  'value.months': '{{value}} 个月',
  'value.plain': '{{value}}',
  'pageFigure.percent': '{{comparator}}{{value}}%',
  'pageFigure.upTo': '最高 {{value}}%',
  'pageFigure.range': '{{low}}-{{high}}%',
  'pageFigure.ratio': 'HR {{value}}',
  'pageFigure.riskReduction': '风险降低{{percent}}%（HR {{value}}）',
  unconfirmed: '（我们的来源尚未证实）',
  'metric.ORR': 'ORR',
  'metric.CR': 'CR',
  'metric.CR/CRi': '总缓解（CR/CRi）',
  'metric.sCR': 'sCR',
  'metric.CR/sCR': 'CR/sCR',
  'metric.≥CR': '≥CR',
  'metric.DRR': '持久缓解率',
  'metric.median PFS': '中位 PFS',
  'metric.median EFS': '中位 EFS',
  'metric.median OS': '中位 OS',
  'metric.median DoR': '中位 DoR',
  'metric.HR': 'HR',
  'metric.PFS rate': 'PFS 率',
  'metric.OS rate': 'OS 率',
  'metric.EFS rate': 'EFS 率',
  'metric.DoR rate': '仍处于缓解的比例',
  'metric.MRD-negative': 'MRD 阴性率',
  'metric.CRS any grade': 'CRS（任何级别）',
  'metric.CRS grade ≥3': '≥3 级 CRS',
  'metric.ICANS any grade': 'ICANS（任何级别）',
  'metric.ICANS grade ≥3': '≥3 级 ICANS',
  'metric.NT any grade': '神经毒性（任何级别）',
  'metric.NT grade ≥3': '≥3 级神经毒性',
  'metric.derivedCri': 'CRi（总缓解减去 CR）',
  'pageMetric.ORR': ' ORR ',
  'pageMetric.response': '缓解',
  'pageMetric.CR': ' CR ',
  'pageMetric.complete remission': '完全缓解',
  'pageMetric.CR/CRi': ' CR/CRi ',
  'pageMetric.CRi': ' CRi ',
  'pageMetric.remission': '缓解',
  'pageMetric.sCR': ' sCR ',
  'pageMetric.CR/sCR': ' CR/sCR ',
  'pageMetric.≥CR': ' ≥CR ',
  'pageMetric.DRR': '持久缓解率（DRR）',
  'pageMetric.median PFS': '中位 PFS ',
  'pageMetric.median EFS': '中位 EFS ',
  'pageMetric.median OS': '中位 OS ',
  'pageMetric.median DoR': '中位 DoR ',
  'pageMetric.HR': ' HR ',
  'pageMetric.EFS rate': '无事件生存率',
  'pageMetric.PFS rate': '无进展生存率',
  'pageMetric.OS rate': '生存率',
  'endpointHr.PFS': '无进展生存 HR ',
  'endpointHr.EFS': '无事件生存 HR ',
  'endpointHr.OS': '总生存 HR ',
  'pageMetric.MRD-negative': ' MRD 阴性',
  'pageMetric.durable': '持久缓解',

  'regulator.OTHER': '其他监管机构',
  'regulator.RU_MOH': '俄罗斯卫生部',
  'regulator.that': '该监管机构',
  'regulator.none': '无',

  'approvals.item': '{{regulator}}（{{date}}）批准用于 {{condition}}',
  'approvals.more': '另有 {{count}} 项',
  'approvals.nothing': '无记录',

  'status.investigational': '{{product}} 仍在研究中：截至 {{asOf}}，尚未在任何地区获批。',
  'status.withdrawn': '{{product}} 已撤市（参考资料截至 {{asOf}}）。',
  'approval.noneRecorded': '截至 {{asOf}}，参考资料中没有 {{name}} 的任何批准记录。',
  'approval.untracked':
    '页面提到的是 {{regulator}}，参考资料并不收录这一监管机构的批准（只涵盖 {{tracked}}），因此无法核对。',
  'approval.recordsFor': '参考资料中 {{name}} 的批准记录：{{approvals}}（截至 {{asOf}}）。',
  'approval.regulatorIncomplete':
    'TherapyLens 没有 {{regulator}} 批准 {{name}} 的记录，但它对 {{regulator}} 有关该产品的决定记录并不完整（截至 {{asOf}}），因此不能断定没有这项批准。',
  'approval.itRecords': '已记录的批准：{{approvals}}。',
  'approval.noRegulatorApproval': '参考资料中没有 {{regulator}} 批准 {{name}} 的记录（截至 {{asOf}}）。',
  'approval.approvedBy': '该产品已获以下批准：{{approvals}}。',
  'approval.narrower': '该批准涵盖的是 {{condition}}，比页面所说的 {{pageCondition}} 范围更窄。',
  'approval.conditionIncompleteRegulator':
    'TherapyLens 没有 {{name}} 获批用于 {{condition}} 的记录，但它对 {{regulator}} 有关 {{name}} 的决定记录并不完整（截至 {{asOf}}）。',
  'approval.conditionIncompleteAll':
    'TherapyLens 没有 {{name}} 获批用于 {{condition}} 的记录，但它对各监管机构有关 {{name}} 的决定记录并不完整（截至 {{asOf}}）。',
  'approval.usesRecorded': '已记录的获批用途：{{approvals}}。',
  'approval.regulatorNotFor':
    '{{regulator}} 没有批准 {{name}} 用于 {{condition}}{{nobody}}（截至 {{asOf}}）。',
  'approval.completeNotFor':
    'TherapyLens 完整记录其决定的监管机构（{{regulators}}）都没有批准 {{name}} 用于 {{condition}}{{nobody}}（截至 {{asOf}}）。',
  'approval.qualifiedCondition': '{{qualifier}} {{condition}}（针对 {{excluded}} 的批准不涵盖这种情况）',
  'approval.nobodyFor': '；参考资料中也没有任何基因修饰细胞治疗或基因治疗获批用于 {{condition}}',
  'approval.approvedUses': '获批用途：{{approvals}}。',
  'approval.isApproved': '{{product}} 已获批：{{approvals}}。',
  'approval.wasApproved': '{{product}} 曾获批，后已撤市：{{approvals}}。',
  'approval.matches': '与 {{regulator}} 于 {{date}} 作出的批准一致：“{{quote}}”{{unconfirmed}}。',
  'approval.classNotCoveredFirst':
    '参考资料只涵盖 CAR-T、TCR-T、TIL、溶瘤病毒和癌症基因治疗，因此无法判断 {{name}} 是否是首个“{{class}}”。',
  'approval.classNotCoveredOnly':
    '参考资料只涵盖 CAR-T、TCR-T、TIL、溶瘤病毒和癌症基因治疗，因此无法判断 {{name}} 是否是唯一的“{{class}}”。',
  'approval.recordsApproval':
    '参考资料记录了 {{regulator}} 于 {{date}} 作出的批准：“{{quote}}”{{unconfirmed}}。',
  'approval.notFirst':
    '{{product}} 已获批（{{regulator}}，{{date}}），但并不是首个“{{class}}”：{{conflict}}。',
  'approval.notPlace':
    '{{product}} 已获批（{{regulator}}，{{date}}），但不是第 {{place}} 款 {{class}} 产品：{{conflict}}。',
  'approval.firstHolds': '其记录中没有其他 {{class}} 产品比它更早获批{{where}}。',
  'approval.placeHolds': '其记录中有 {{count}} 款 {{class}} 产品比它更早获批{{where}}。',
  'approval.notOnly':
    '{{product}} 已获批（{{regulator}}，{{date}}），但并不是唯一的“{{class}}”：{{conflict}}。',
  'approval.cannotConfirmPlace':
    'TherapyLens 无法确认 {{name}} 是第 {{place}} 款 {{class}} 产品：{{reason}}。',
  'approval.recordedFirst': '其来源记载：{{record}}。',
  'approval.cannotConfirmFirst':
    'TherapyLens 无法确认 {{name}} 是首个“{{class}}”：{{reason}}，而且它没有更早产品的记录。',
  'approval.cannotConfirmOnly':
    'TherapyLens 无法确认 {{name}} 是唯一的“{{class}}”：{{reason}}，而且它没有更早产品的记录。',
  'rankReason.scope': '它无法读懂这一排名的全部限定条件',
  'rankReason.worldwide': '它对全球“{{class}}”批准的记录并不完整',
  'rank.alsoApproved':
    '参考资料还记录了 {{product}}（{{regulator}}，{{date}}）是已获批的“{{class}}”{{where}}',
  'rank.earlierMany':
    '在它之前已有 {{count}} 个同类产品获批，其中包括 {{product}}（{{regulator}}，{{date}}）',
  'rankReason.fewerEarlier': '其记录中在它之前获批的有 {{count}} 款，可能有遗漏',
  'rank.earlier': '{{product}} 获批更早（{{regulator}}，{{date}}；本产品为 {{ownDate}}）',
  'rank.by': '（由 {{regulator}} 批准）',
  'approval.outdated': '已过时：那是 {{regulator}} {{date}} 版的说明书（“{{quote}}”）。',
  'indication.localLabelDiffers':
    '页面未指明监管机构，其语言指向 {{regulator}}，而该机构的说明书（{{date}}）不同：“{{quote}}”。页面所指的是哪一份说明书并未说明。',
  'approval.currentLabel': '现行 {{regulator}} 说明书（{{date}}）涵盖：{{line}}；{{population}}。',
  'approval.partlyOutdated':
    '部分过时：现行 {{regulator}} 说明书（{{date}}）涵盖：{{line}}；{{population}}。',
  'approval.superseded': '该说明书此后已被取代。',
  'approval.conflicts': '{{regulator}} 已于 {{date}} 批准其用于 {{condition}}，但{{conflicts}}。',
  'approval.incompleteRegulator':
    'TherapyLens 对 {{regulator}} 有关 {{name}} 的决定记录并不完整，之后的决定可能涵盖页面所说的内容。',
  'approval.beforeFirst':
    '{{regulator}} 首次批准它用于{{condition}}是在 {{date}}，因此在页面所说的日期它尚无此项 {{regulator}} 批准。',
  'approval.afterAsOf':
    '页面所说的这一决定晚于 {{asOf}}（TherapyLens 关于 {{name}} 的记录日期），这些记录无法判断。',
  'approval.firstWasEarlier':
    '{{regulator}} 首次批准它用于{{condition}}是在 {{date}}，早于页面给出的首次批准日期。',
  'indication.investigationalUse': '页面提到一种用途，但没有说它已获批或可以使用：可能是在描述临床试验。',
  'approval.rankHome':
    '页面称 {{name}} 为本国首个，但没有说是首个在本国获批的：这可能指首个在本国研发的产品，TherapyLens 无法核实。',
  'rank.notOfApproval':
    '页面对 {{name}} 在同类产品中排名，但没有说“获批”。TherapyLens 记录它仍在研究阶段（截至 {{asOf}}），这一排名可能指研发或试验中的产品，TherapyLens 无法核实。',
  'approval.incompleteAll':
    'TherapyLens 对这些监管机构有关 {{name}} 的决定记录并不完整，之后的决定可能涵盖页面所说的内容。',
  'approval.noAgeGroup': '参考资料中没有任何监管机构批准它用于这一年龄段（截至 {{asOf}}）。',
  'conflict.onlyPopulation': '只批准用于 {{population}}；页面说的是成人',
  'conflict.onlyForAllAges': '只批准用于 {{population}}；页面说的是不限年龄',
  'conflict.onlyForChildren': '只批准用于 {{population}}；页面说的是儿童',
  'conflict.onlyForChildrenAndYoungAdults': '只批准用于 {{population}}；页面说的是儿童和青年',
  'conflict.upToAge': '仅限 {{age}} 岁及以下；页面说的是最高 {{pageAge}} 岁',
  'conflict.ageLimit': '适用年龄上限为 {{age}} 岁；页面给出的上限是 {{pageAge}} 岁',
  'conflict.noUpperAge': '用于成人，没有年龄上限；页面称不超过 {{pageAge}} 岁',
  'conflict.fromAgeNotUpTo': '仅限 {{age}} 岁及以上；页面说的是最高 {{pageAge}} 岁',
  'conflict.upToAgeNotFrom': '仅限 {{age}} 岁及以下；页面说的是 {{pageAge}} 岁及以上',
  'conflict.afterPriorLine': '仅限既往接受过至少 {{lines}} 线治疗的患者；页面说的是{{pageLines}}',
  'conflict.afterPriorLines': '仅限既往接受过至少 {{lines}} 线治疗的患者；页面说的是{{pageLines}}',
  'conflict.alreadyAfterPriorLine': '既往接受过 {{lines}} 线治疗即可使用；页面说的是至少 {{pageLines}} 线',
  'conflict.alreadyAfterPriorLines': '既往接受过 {{lines}} 线治疗即可使用；页面说的是至少 {{pageLines}} 线',
  'conflict.pageLines': '既往至少 {{lines}} 线治疗后使用',
  'conflict.noPriorLine': '未经既往治疗即可使用（新诊断或一线治疗）',
  'conflict.date': '批准日期为 {{date}}；页面说的是 {{pageDate}}',
  'conflict.approvalType': '批准类型为{{type}}；页面说的是{{pageType}}',
  'approvalType.regular': '常规批准',
  'approvalType.accelerated': '加速批准',
  'approvalType.conditional': '附条件批准',
  'approvalType.conditional-time-limited': '附条件、有期限的批准',

  'notApproved.investigational': '与参考资料一致：{{product}} 仍在研究中，截至 {{asOf}} 尚未在任何地区获批。',
  'notApproved.pending':
    'TherapyLens 的资料显示，截至 {{asOf}}，{{product}} 仍处于研究阶段，但当时有一项待作出的决定（{{regulator}}，{{date}}）：此后是否已获批，参考资料无法说明。',
  'notApproved.withdrawn': '与参考资料一致：{{product}} 已撤市，截至 {{asOf}} 未在任何地区获批。',
  'notApproved.unspecified': '页面说 {{name}} 未获批，但没有写出 TherapyLens 能读懂的监管机构或用途。',
  'notApproved.broaderThanApproved':
    '页面说 {{name}} 不适用于{{condition}}，但它已获批用于其中某些类型（{{approvals}}）；TherapyLens 无法判断页面指的是哪一种{{condition}}。',
  'notApproved.recordsThese': '参考资料记录了以下批准：{{approvals}}。',
  'notApproved.limitation': '与 {{regulator}} 说明书一致：说明书写明不适用于 {{condition}}{{note}}。',
  'notApproved.limitationNote': '（{{note}}）',
  'notApproved.incomplete':
    'TherapyLens 没有{{who}}批准 {{name}}{{where}}的记录，但这方面的记录并不完整（截至 {{asOf}}），因此无法确认确实没有。',
  'notApproved.matchesNone': '与参考资料一致：截至 {{asOf}}，没有{{who}}批准 {{name}}{{where}}的记录。',
  'notApproved.byRegulator': ' {{regulator}} ',
  'notApproved.byAny': '任何监管机构',
  'notApproved.byNamed': ' {{name}} ',
  'notApproved.byOther': '页面所指的监管机构',
  'notApproved.for': ' 用于 {{condition}} ',
  'indication.useOnly': '以下只核对疾病和患者（{{regulator}} 是否批准了 {{name}} 由批准声明核对）：',
  'notApproved.lifted': '已过时：{{regulator}} 已于 {{date}} 取消了这项使用限制（“{{text}}”）。',
  'notApproved.otherPatientsOnly':
    '与 TherapyLens 截至 {{asOf}} 记录的 {{name}} 批准一致：没有一项覆盖页面所说的治疗线或患者（{{approvals}}）。',
  'notApproved.partsOpen':
    'TherapyLens 无法判断它记录的 {{name}} 批准（{{approvals}}）是否覆盖页面所说的治疗线或患者。',
  'notApproved.broader':
    'TherapyLens 记录了 {{name}} 用于 {{condition}}（范围更广的疾病）的批准；但没有记录这些批准是否包括 {{pageCondition}}。',
  'notApproved.differs': '{{name}} 已获批：{{approvals}}；页面却说它没有获批。',
};
