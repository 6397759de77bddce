// Español neutro, para pacientes de España y de América Latina: "aprobado", "indicación", "ensayo
// clínico"; el aviso médico dice exactamente lo mismo que el inglés. Plurales: _one, _many (CLDR
// usa "many" para 1 000 000 y más) y _other.
import type { Catalog } from './index';

export const es: Catalog = {
  'app.settings': 'Ajustes',
  'app.openPanel': 'Abrir junto a la página',
  'app.openPanelFailed':
    'El navegador no abrió el panel lateral. Elija TherapyLens en el menú del panel lateral del navegador.',

  'menu.check': 'Comprobar con TherapyLens',

  'state.opening': 'Abriendo…',
  'state.analyzing': 'Leyendo esta página y comparándola con los datos de referencia…',
  'state.analyzingLabel': 'Leyendo la página',
  'state.restrictedTitle': 'TherapyLens no puede leer esta página',
  'state.failedTitle': 'Algo salió mal',
  'state.technicalDetail': 'Detalle técnico',
  'state.retry': 'Reintentar',
  'state.nothingTitle': 'No se encontraron terapias celulares ni génicas en esta página',
  'state.looksFor':
    'TherapyLens busca terapias celulares y génicas contra el cáncer por su nombre comercial, su nombre genérico o su código (por ejemplo Kymriah, tisagenlecleucel o CTL019): CAR-T, TCR-T, TIL, virus oncolíticos y terapias génicas. Después comprueba lo que la página dice sobre resultados, aprobaciones y para quién es cada terapia.',
  'state.reanalyze': 'Volver a analizar',
  'state.cautionPhrases_one': '{{count}} frase para leer con cuidado',
  'state.cautionPhrases_many': '{{count}} frases para leer con cuidado',
  'state.cautionPhrases_other': '{{count}} frases para leer con cuidado',
  'state.idleTitle': 'Esta pestaña aún no se ha revisado',
  'state.idleText': 'TherapyLens solo lee una página cuando usted se lo pide.',
  'state.analyze': 'Analizar esta página',
  'state.howToAllow':
    'El navegador solo deja que TherapyLens lea una página después de que usted actúe sobre ella: haga clic en el botón de TherapyLens de la barra de herramientas, pulse {{shortcut}} o haga clic derecho en la página y elija «Comprobar con TherapyLens». El panel mostrará entonces el resultado.',
  'state.noTab': 'No hay ninguna página abierta en esta ventana.',

  'restricted.unknown':
    'El navegador no deja que las extensiones lean esta página (por ejemplo sus propias páginas de ajustes, de nueva pestaña o de error).',
  'restricted.browserPage': 'Esta es una página propia del navegador, que las extensiones no pueden leer.',
  'restricted.extensionPage':
    'Esta página pertenece a una extensión del navegador, y otras extensiones no pueden leerla.',
  'restricted.store': 'Los navegadores no dejan que las extensiones lean sus tiendas de complementos.',
  'restricted.pdf':
    'Los archivos PDF se abren en el visor de PDF del navegador, que las extensiones no pueden leer. Abra en su lugar la página web que enlaza al PDF.',
  'restricted.viewSource': 'Esta es una vista del código fuente. Abra la página y vuelva a intentarlo.',
  'restricted.data': 'No se pueden leer páginas abiertas desde una dirección data:.',
  'restricted.file':
    'Los archivos abiertos desde su ordenador solo se pueden leer si permite el «acceso a URL de archivo» para TherapyLens en los ajustes de extensiones del navegador.',
  'restricted.blocked': 'El navegador no permite que las extensiones lean esta página.',

  'failure.noResult':
    'TherapyLens no pudo leer esta página: su comprobador no respondió. Puede que la página aún se esté cargando.',
  'failure.malformed': 'TherapyLens no pudo leer esta página: su comprobador devolvió algo inesperado.',
  'failure.injection': 'TherapyLens no pudo iniciar su comprobador en esta página.',
  'failure.noTab': 'TherapyLens no encontró la pestaña de esta vista. Ciérrela y vuelva a intentarlo.',
  'failure.crashed': 'TherapyLens tuvo un problema al leer esta página.',

  'notice.highlightsUnavailable': 'Ahora no se puede marcar esta página. Pruebe «Volver a analizar».',
  'notice.claimNotFound': 'No se encontró esa frase en la página (puede estar en una tabla u oculta).',
  'notice.nothingMarked': 'No se pudo marcar nada en esta página.',
  'notice.marked_one': '{{count}} lugar marcado en la página.',
  'notice.marked_many': '{{count}} lugares marcados en la página.',
  'notice.marked_other': '{{count}} lugares marcados en la página.',
  'notice.unmarked': 'Se quitaron las marcas de la página.',
  'notice.shown': 'Se muestra en la página.',

  'summary.differs_one': '{{count}} afirmación de esta página no coincide con los registros',
  'summary.differs_many': '{{count}} afirmaciones de esta página no coinciden con los registros',
  'summary.differs_other': '{{count}} afirmaciones de esta página no coinciden con los registros',
  'summary.notApproved_one': '{{count}} producto se presenta como aprobado donde no lo está',
  'summary.notApproved_many': '{{count}} productos se presentan como aprobados donde no lo están',
  'summary.notApproved_other': '{{count}} productos se presentan como aprobados donde no lo están',
  'summary.notApprovedUntied_one':
    '{{count}} afirmación habla de una aprobación que los registros no muestran',
  'summary.notApprovedUntied_many':
    '{{count}} afirmaciones hablan de una aprobación que los registros no muestran',
  'summary.notApprovedUntied_other':
    '{{count}} afirmaciones hablan de una aprobación que los registros no muestran',
  'summary.cautions_one': '{{count}} afirmación usa lenguaje publicitario y conviene leerla con cuidado',
  'summary.cautions_many': '{{count}} afirmaciones usan lenguaje publicitario y conviene leerlas con cuidado',
  'summary.cautions_other':
    '{{count}} afirmaciones usan lenguaje publicitario y conviene leerlas con cuidado',
  'summary.noProblems': 'Nada de lo que TherapyLens comprobó en esta página contradice los registros',
  'summary.consistent_one': '{{count}} afirmación coincide con ellos',
  'summary.consistent_many': '{{count}} afirmaciones coinciden con ellos',
  'summary.consistent_other': '{{count}} afirmaciones coinciden con ellos',
  'summary.noClaims':
    'No se encontraron en esta página afirmaciones sobre resultados, aprobaciones o para quién es una terapia',
  'summary.separator': '; ',
  'summary.end': '.',
  'summary.therapies_one': '{{count}} terapia mencionada',
  'summary.therapies_many': '{{count}} terapias mencionadas',
  'summary.therapies_other': '{{count}} terapias mencionadas',
  'summary.words_one': '{{count, number}} palabra leída',
  'summary.words_many': '{{count, number}} palabras leídas',
  'summary.words_other': '{{count, number}} palabras leídas',
  'summary.asOf': 'datos de referencia al {{date}}',
  'summary.resultFrom': 'resultado del {{time}}',
  'summary.stale':
    'Los datos de referencia tienen {{months}} meses: pueden faltar las aprobaciones y los resultados publicados desde el {{date}}.',
  'summary.selection': 'Solo se comprobó el texto que seleccionó (con el título de la página como contexto).',
  'summary.partial':
    'Esta página es muy grande, así que TherapyLens leyó solo una parte. Pueden faltar afirmaciones más abajo.',

  'toolbar.highlight': 'Marcar en la página',
  'toolbar.save': 'Guardar en la colección',
  'toolbar.saved': 'Guardado',
  'toolbar.saving': 'Guardando…',
  'toolbar.savedAuto': 'Guardado automáticamente en su colección.',
  'toolbar.savedManual': 'Guardado en su colección.',
  'toolbar.openCollection': 'Abrir la colección',

  'statements.heading': 'Lo que dice la página',
  'statements.none':
    'No se encontraron afirmaciones sobre resultados, aprobaciones o para quién es una terapia.',
  'tier.problem': 'No coincide con los registros',
  'tier.caution': 'Leer con cuidado',
  'tier.consistent': 'Coincide con los registros',
  'tier.unverified_one': '{{count}} afirmación no se pudo comprobar',
  'tier.unverified_many': '{{count}} afirmaciones no se pudieron comprobar',
  'tier.unverified_other': '{{count}} afirmaciones no se pudieron comprobar',
  'statement.showOnPage': 'Mostrar esto en la página',
  'statement.showOnPageSr': 'Mostrar en la página.',
  'statement.original': 'Texto original de la página',
  'statement.comparedWith': 'Comparado con:',
  'statement.alsoConsulted': 'También consultado ({{count}})',
  'statement.about': 'Sobre {{names}}',
  'statement.untied': 'Sin producto asociado',

  'verdict.consistent': 'Coincide',
  'verdict.differs': 'No coincide',
  'verdict.not-approved': 'No aprobado',
  'verdict.unverified': 'Sin comprobar',
  'verdict.caution': 'Precaución',
  'verdict.label': 'Resultado: {{label}}',

  'kind.response': 'Cifra de resultados',
  'kind.approval': 'Aprobación',
  'kind.indication': 'Para quién es',
  'kind.target': 'Diana',
  'kind.marketing': 'Lenguaje publicitario',

  'products.heading': 'Terapias en esta página',
  'chip.approvedIn': 'Aprobado en {{regions}}',
  'chip.approvedBy': 'Aprobado por {{regulators}}',
  'chip.investigational': 'En investigación',
  'chip.withdrawn': 'Retirado',
  'chip.approvedElsewhere': 'Aprobado (otra agencia)',
  'card.targets': 'diana {{targets}}',
  'card.notApprovedAnywhere': 'No aprobado en ningún país a fecha de {{date}}.',
  'card.withdrawn': 'Retirado del mercado.',
  'card.notInData':
    'Esta terapia ya no está en los datos de referencia de TherapyLens; vuelva a analizar la página.',
  'card.approvals': 'Aprobaciones',
  'card.onlyHidden': 'Aprobado solo por agencias que eligió no mostrar.',
  'card.hidden_one': '{{count}} aprobación de otras agencias oculta (vea Ajustes).',
  'card.hidden_many': '{{count}} aprobaciones de otras agencias ocultas (vea Ajustes).',
  'card.hidden_other': '{{count}} aprobaciones de otras agencias ocultas (vea Ajustes).',
  'card.results': 'Resultados de los ensayos principales',
  'card.statusSource': 'Fuente del estado:',
  'card.source': 'Fuente:',
  'card.superseded': 'Sustituida',
  'card.supersededOn': 'Sustituida el {{date}}',
  'card.unconfirmed': 'sin confirmar',
  'card.unconfirmedTitle': 'Las fuentes no coinciden o aún no lo aclaran',
  'card.opensInNewTab': '(se abre en una pestaña nueva)',
  'modality.car-t': 'Terapia celular CAR-T',
  'modality.tcr-t': 'Terapia celular TCR-T',
  'modality.til': 'Terapia con linfocitos infiltrantes de tumor (TIL)',
  'modality.oncolytic-virus': 'Virus oncolítico',
  'modality.viral-vector-gene-therapy': 'Terapia génica (vector viral)',
  'modality.gene-edited-cell-therapy': 'Terapia celular con edición génica',
  // Modalities the dataset on main adds (2.0.0).
  'modality.gene-modified-cell-therapy': 'Terapia celular modificada genéticamente',
  'modality.cellular-immunotherapy': 'Inmunoterapia celular (sin modificación genética)',
  'approvalType.accelerated': 'Aprobación acelerada',
  'approvalType.conditional': 'Aprobación condicional',
  'approvalType.conditional-time-limited': 'Aprobación condicional y por tiempo limitado',
  'figureKind.label': 'Ficha técnica',
  'figureKind.publication': 'Publicación',
  'figureKind.press': 'Nota de prensa',

  'disclaimer.text':
    'Esto no es consejo médico. TherapyLens compara lo que dice una página con registros públicos de agencias reguladoras y de ensayos clínicos; no puede juzgar qué es lo adecuado para un paciente. Hable con un oncólogo cualificado antes de tomar cualquier decisión sobre un tratamiento.',
  'disclaimer.asOf': 'Datos de referencia al {{date}}.',

  'settings.title': 'Ajustes de TherapyLens',
  'settings.approvals': 'Aprobaciones que se muestran',
  'settings.approvalsHint': 'Las fichas de producto muestran las aprobaciones de estas agencias.',
  'settings.lastRegulator': 'Al menos una agencia queda seleccionada.',
  'settings.onPage': 'En la página',
  'settings.highlightByDefault':
    'Marcar los nombres de terapias y las afirmaciones en la página en cuanto se analice',
  'settings.collection': 'Colección',
  'settings.autoSave': 'Guardar automáticamente en la colección cada página analizada',
  'settings.collectionHint': 'La colección se queda en este navegador; no se envía nada a ningún sitio.',
  'settings.saved': 'Guardado.',
  'settings.language': 'Idioma',
  'settings.languageAuto': 'El del navegador ({{language}})',
};
