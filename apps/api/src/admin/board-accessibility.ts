/**
 * The queue board's React UI leaves its icon buttons without names (axe: `button-name`, critical) and its Redis
 * logo and job progress bars unnamed. This script, served from our own origin (so the CSP allows it) and loaded by the
 * board's page, names them after their icons as the board renders them, and hides decorative icons from screen
 * readers. Buttons the board names itself are left alone.
 */
export const BOARD_SCRIPT_PATH = 'chc-board-accessibility.js';

export const BOARD_ACCESSIBILITY_SCRIPT = `(function () {
  'use strict';
  var ICON_NAMES = [
    ['lucide-maximize', 'Full screen'],
    ['lucide-minimize', 'Leave full screen'],
    ['lucide-settings', 'Settings'],
    ['lucide-circle-user', 'Account and links'],
    ['lucide-user-circle', 'Account and links'],
    ['lucide-ellipsis-vertical', 'More actions'],
    ['lucide-more-vertical', 'More actions'],
    ['lucide-ellipsis', 'More actions'],
    ['lucide-refresh', 'Refresh'],
    ['lucide-rotate', 'Refresh'],
    ['lucide-trash', 'Delete'],
    ['lucide-x', 'Close'],
    ['lucide-copy', 'Copy'],
    ['lucide-chevron-left', 'Previous'],
    ['lucide-chevron-right', 'Next'],
    ['lucide-panel-left', 'Toggle the queue list']
  ];
  function nameFor(button) {
    var title = button.getAttribute('title');
    if (title) return title;
    var svg = button.querySelector('svg');
    if (!svg) return null;
    if (svg.querySelector('.rds-b1') || /rds-/.test(svg.innerHTML)) return 'Redis details';
    var icon = svg.getAttribute('class') || '';
    for (var i = 0; i < ICON_NAMES.length; i++) if (icon.indexOf(ICON_NAMES[i][0]) >= 0) return ICON_NAMES[i][1];
    return null;
  }
  function fix() {
    var buttons = document.querySelectorAll('button:not([aria-label]):not([aria-labelledby])');
    for (var i = 0; i < buttons.length; i++) {
      var button = buttons[i];
      if ((button.innerText || '').trim()) continue;
      var name = nameFor(button);
      if (name) button.setAttribute('aria-label', name);
    }
    var images = document.querySelectorAll('svg[role="img"]:not([aria-label]):not([aria-hidden])');
    for (var j = 0; j < images.length; j++) {
      if (images[j].closest('button[aria-label]')) images[j].setAttribute('aria-hidden', 'true');
      else images[j].setAttribute('aria-label', 'Redis');
    }
  }
  function fixProgress() {
    var bars = document.querySelectorAll('[role="progressbar"]:not([aria-label]):not([aria-labelledby])');
    for (var i = 0; i < bars.length; i++) bars[i].setAttribute('aria-label', 'Job progress');
  }
  function fixAll() {
    fix();
    fixProgress();
  }
  fixAll();
  new MutationObserver(fixAll).observe(document.documentElement, { childList: true, subtree: true });
})();
`;
