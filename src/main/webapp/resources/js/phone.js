/*
 * Small screens (see phone.css):
 * - the menu button of the header opens and folds the menu, the caller, the bell, the language and «Выйти»;
 * - after an Ajax action, a message it brought that lies outside the screen is scrolled into view: the field's
 *   own message first, else the page's messages (on a phone the button is often far below both).
 */
(function () {
    'use strict';

    function toggleMenu(button) {
        var header = button.closest('.portal-header');
        var open = header.classList.toggle('portal-header-open');
        button.setAttribute('aria-expanded', open ? 'true' : 'false');
    }

    function outsideScreen(element) {
        var r = element.getBoundingClientRect();
        return r.height > 0 && (r.top < 0 || r.bottom > window.innerHeight);
    }

    function shown(element) {
        return element.getClientRects().length > 0;
    }

    function revealMessages(xhr) {
        var response = xhr && xhr.responseText ? xhr.responseText : '';
        var fieldMessage = Array.prototype.find.call(
            document.querySelectorAll('.ui-message-error, .ui-message-warn'), shown);
        var pageMessage = response.indexOf('id="messages"') >= 0 || response.indexOf('id="messages:') >= 0
            ? document.querySelector('#messages .ui-messages-error, #messages .ui-messages-warn, #messages .ui-messages-info')
            : null;
        var target = fieldMessage || pageMessage;
        if (target && shown(target) && outsideScreen(target)) {
            target.scrollIntoView({block: 'center'});
        }
    }

    document.addEventListener('click', function (event) {
        var button = event.target.closest ? event.target.closest('#menuToggle') : null;
        if (button) {
            toggleMenu(button);
        }
    });

    document.addEventListener('keydown', function (event) {
        var header = document.querySelector('.portal-header-open');
        if (event.key === 'Escape' && header) {
            var button = header.querySelector('#menuToggle');
            toggleMenu(button);
            button.focus();
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        if (window.jQuery) {
            window.jQuery(document).on('pfAjaxComplete', function (event, xhr) {
                revealMessages(xhr);
            });
        }
    });
})();
