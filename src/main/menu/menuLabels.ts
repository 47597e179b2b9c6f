/** Every label of the application menu. Pure: chosen from a language tag, tested without Electron. */
export type MenuLabels = {
  about: string
  services: string
  hide: string
  hideOthers: string
  showAll: string
  quit: string
  file: string
  newArticle: string
  saveVersion: string
  showDesk: string
  find: string
  settings: string
  closeWindow: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  pasteAndMatchStyle: string
  selectAll: string
  view: string
  reload: string
  forceReload: string
  toggleDevTools: string
  resetZoom: string
  zoomIn: string
  zoomOut: string
  toggleFullScreen: string
  window: string
  minimize: string
  zoom: string
  bringAllToFront: string
  help: string
  copydeskHelp: string
}

const en: MenuLabels = {
  about: 'About Copydesk',
  services: 'Services',
  hide: 'Hide Copydesk',
  hideOthers: 'Hide Others',
  showAll: 'Show All',
  quit: 'Quit Copydesk',
  file: 'File',
  newArticle: 'New Article',
  saveVersion: 'Save a Version',
  showDesk: 'Desk',
  find: 'Find Articles…',
  settings: 'Settings…',
  closeWindow: 'Close Window',
  edit: 'Edit',
  undo: 'Undo',
  redo: 'Redo',
  cut: 'Cut',
  copy: 'Copy',
  paste: 'Paste',
  pasteAndMatchStyle: 'Paste and Match Style',
  selectAll: 'Select All',
  view: 'View',
  reload: 'Reload',
  forceReload: 'Force Reload',
  toggleDevTools: 'Developer Tools',
  resetZoom: 'Actual Size',
  zoomIn: 'Zoom In',
  zoomOut: 'Zoom Out',
  toggleFullScreen: 'Full Screen',
  window: 'Window',
  minimize: 'Minimize',
  zoom: 'Zoom',
  bringAllToFront: 'Bring All to Front',
  help: 'Help',
  copydeskHelp: 'Copydesk Help',
}

const fr: MenuLabels = {
  about: 'À propos de Copydesk',
  services: 'Services',
  hide: 'Masquer Copydesk',
  hideOthers: 'Masquer les autres',
  showAll: 'Tout afficher',
  quit: 'Quitter Copydesk',
  file: 'Fichier',
  newArticle: 'Nouvel article',
  saveVersion: 'Enregistrer une version',
  showDesk: 'Desk',
  find: 'Rechercher des articles…',
  settings: 'Réglages…',
  closeWindow: 'Fermer la fenêtre',
  edit: 'Édition',
  undo: 'Annuler',
  redo: 'Rétablir',
  cut: 'Couper',
  copy: 'Copier',
  paste: 'Coller',
  pasteAndMatchStyle: 'Coller sans la mise en forme',
  selectAll: 'Tout sélectionner',
  view: 'Affichage',
  reload: 'Recharger',
  forceReload: 'Forcer le rechargement',
  toggleDevTools: 'Outils de développement',
  resetZoom: 'Taille réelle',
  zoomIn: 'Zoom avant',
  zoomOut: 'Zoom arrière',
  toggleFullScreen: 'Plein écran',
  window: 'Fenêtre',
  minimize: 'Réduire',
  zoom: 'Zoom',
  bringAllToFront: 'Tout ramener au premier plan',
  help: 'Aide',
  copydeskHelp: 'Aide de Copydesk',
}

/** French for any French locale (fr, fr-FR, fr-CA, fr_BE…), English otherwise. */
export function menuLabels(locale: string): MenuLabels {
  return /^fr(?:[-_]|$)/i.test(locale.trim()) ? fr : en
}
