import type { Dictionary } from './en';

export const es: Dictionary = {
  'app.title': 'Atlas de Sanciones',
  'app.tagline': 'La crisis entre EE. UU. y Colombia de 2025: sanciones, ayuda y ataques a lanchas, con sus precedentes.',
  'app.skipToContent': 'Saltar al contenido',
  'app.asOf': 'Datos al',
  'app.sourcesLink': 'Fuentes',
  'app.correctionsLink': 'Correcciones',
  'app.region.map': 'Mapa',
  'app.region.aid': 'Ayuda de EE. UU. a Colombia',
  'app.region.precedents': 'Precedentes',
  'app.region.timeline': 'Cronología',
  'app.placeholder': 'Esta vista llegará pronto.',
  'app.records': '{count} registros',
  'app.records.one': '{count} registro',
  'app.datasets': 'Conjuntos de datos',
  'app.footer': 'Cada cifra cita sus fuentes. Las afirmaciones se señalan como tales, con quién las hizo.',
  'app.language': 'Idioma',
  'app.theme': 'Tema',
  'app.darkMode': 'Modo oscuro',

  'dataset.sources': 'Fuentes',
  'dataset.events': 'Eventos de la cronología',
  'dataset.sanctions': 'Sanciones',
  'dataset.aid': 'Ayuda',
  'dataset.strikes': 'Ataques',
  'dataset.precedents': 'Precedentes',

  'data.loading': 'Cargando {dataset}…',
  'data.error.title': 'No se pudieron cargar los datos de {dataset}.',
  'data.error.network': 'La solicitud de red falló. Revise la conexión e inténtelo de nuevo.',
  'data.error.http': 'El servidor respondió con el estado {status}.',
  'data.error.parse': 'El archivo no es JSON válido.',
  'data.error.invalid': 'El archivo no cumple el esquema de datos ({count} problemas). Primero: {first}',
  'data.retry': 'Reintentar',
  'data.otherViews': 'El resto de la aplicación sigue funcionando.',

  'url.ignored.title': 'Parte de este enlace no se pudo usar',
  'url.ignored.intro': 'La vista se abrió sin estos parámetros:',
  'url.ignored.unknown': 'parámetro desconocido',
  'url.ignored.malformed': 'valor no válido',
  'url.ignored.out-of-range': 'fuera de rango',
  'url.ignored.duplicate': 'repetido; se usó el primero',
  'url.ignored.too-many': 'demasiados valores',
  'url.ignored.conflict': 'el intervalo empieza después de terminar',
  'url.ignored.too-long': 'demasiado largo',
  'url.ignored.dismiss': 'Cerrar',

  'sources.title': 'Fuentes',
  'sources.close': 'Cerrar',
  'sources.count': '{count} fuentes',
  'sources.publisher': 'Medio',
  'sources.published': 'Publicada',
  'sources.accessed': 'Consultada',
  'sources.citedBy': 'Citada por',
  'sources.flagged': 'Dominio señalado: nunca el único respaldo de un registro',
  'sources.undated': 'sin fecha',
  'sources.filter': 'Filtrar fuentes',
  'corrections.title': 'Registro de correcciones',
  'corrections.empty': 'Sin correcciones.',
  'corrections.before': 'Antes',
  'corrections.after': 'Después',

  // ── map (src/features/map) ──

  // ── aid (src/features/aid) ──

  // ── precedents (src/features/precedents) ──

  // ── timeline (src/features/timeline) ──

  // ── present (src/features/present) ──
};
