/*
 * Accessibility on every page.
 * 1. A refusal shown next to its field (p:message, which PrimeFaces renders with aria-live and data-target) is tied
 *    to the field with aria-describedby, so a screen reader reads it with the field (PrimeFaces marks the field
 *    aria-invalid itself); after every Ajax update too.
 *    The page's messages (p:messages) are announced as an alert by their group, not by each list item (an item
 *    with role="alert" is no list item any more: a list of such is no list to a screen reader).
 * 2. In the version for the visually impaired (html.lv) images are off: each image and chart is replaced by its
 *    text alternative (alt or aria-label), as ГОСТ Р 52872-2019 asks.
 * 3. The calendar button of a date field (p:datePicker) is named in words from the bundles (common.date.choose,
 *    given by the layout as data-choose-date), not by the placeholder «ui-button» PrimeFaces 15 writes into it,
 *    which a screen reader would read out and the page's text showed.
 * 4. A field with a length limit (maxlength) filled to four fifths of it shows under it how many characters it holds
 *    of how many (common.text.count, given by the layout as data-text-count), and says so in words when it is full
 *    (common.text.full, data-text-full): the browser cuts a longer text off without a word. The line stays while the
 *    text is that long, focused or not: one that came and went with the focus moved the button below it between a
 *    press and its release, and the click was lost.
 */
(function () {
    function describeFields() {
        document.querySelectorAll('.ui-message[data-target]').forEach(function (message) {
            var target = message.getAttribute('data-target');
            var field = document.getElementById(target + '_input') || document.getElementById(target);
            if (!field || !message.id) {
                return;
            }
            var ids = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                return id !== '' && id !== message.id;
            });
            if (message.textContent.trim() !== '') {
                ids.push(message.id);
            }
            if (ids.length) {
                field.setAttribute('aria-describedby', ids.join(' '));
            } else {
                field.removeAttribute('aria-describedby');
            }
        });
    }

    function alertGroups() {
        document.querySelectorAll('.ui-messages ul > li[role="alert"]').forEach(function (item) {
            var group = item.parentNode.parentNode;
            item.removeAttribute('role');
            item.removeAttribute('aria-atomic');
            group.setAttribute('role', 'alert');
        });
    }

    function imagesOff() {
        if (!document.documentElement.classList.contains('lv')) {
            return;
        }
        document.querySelectorAll('img:not([data-lv-alt]), canvas[aria-label]:not([data-lv-alt])').forEach(function (el) {
            el.setAttribute('data-lv-alt', 'done');
            el.setAttribute('hidden', 'hidden');
            var text = el.getAttribute('alt') || el.getAttribute('aria-label') || '';
            if (text.trim() !== '') {
                var alt = document.createElement('span');
                alt.className = 'lv-alt';
                alt.textContent = text;
                el.parentNode.insertBefore(alt, el.nextSibling);
            }
        });
    }

    function nameCalendarButtons() {
        var prime = window.jQuery && window.jQuery.prime;
        if (prime && prime.datePicker && !prime.datePicker.prototype.portalNamed) {
            var render = prime.datePicker.prototype.renderTriggerButton;
            prime.datePicker.prototype.renderTriggerButton = function () {
                var result = render.apply(this, arguments);
                nameCalendarButton(this.triggerButton && this.triggerButton.get(0));
                return result;
            };
            prime.datePicker.prototype.portalNamed = true;
        }
        document.querySelectorAll('.ui-datepicker-trigger').forEach(function (button) {
            nameCalendarButton(button);
        });
    }

    function nameCalendarButton(button) {
        var text = button && button.querySelector('.ui-button-text');
        var label = document.documentElement.getAttribute('data-choose-date');
        if (!text || !label || text.textContent === label) {
            return;
        }
        text.textContent = label;
        button.setAttribute('aria-label', label);
        button.setAttribute('title', label);
    }

    nameCalendarButtons();

    function words(attribute, length, max) {
        var lang = document.documentElement.getAttribute('lang') || 'ru';
        return (document.documentElement.getAttribute(attribute) || '{0} / {1}')
            .replace('{0}', length.toLocaleString(lang)).replace('{1}', max.toLocaleString(lang));
    }

    function limitFields() {
        document.querySelectorAll('input[maxlength]:not([data-limit]), textarea[maxlength]:not([data-limit])')
            .forEach(function (field) {
                var max = parseInt(field.getAttribute('maxlength'), 10);
                if (!(max > 0) || field.type === 'hidden' || field.type === 'file'
                        || field.closest('.ui-spinner, .ui-datepicker, .ui-inputnumber, .ui-autocomplete')) {
                    return;
                }
                field.setAttribute('data-limit', 'on');
                var counter = field.nextElementSibling;
                if (!counter || !counter.classList.contains('portal-limit')) {
                    counter = document.createElement('span');
                    counter.className = 'portal-limit';
                    field.parentNode.insertBefore(counter, field.nextSibling);
                }
                counter.id = (field.id || field.name || 'field') + '_limit';
                counter.setAttribute('aria-live', 'polite');
                var described = (field.getAttribute('aria-describedby') || '').split(/\s+/).filter(function (id) {
                    return id !== '' && id !== counter.id;
                });
                described.push(counter.id);
                field.setAttribute('aria-describedby', described.join(' '));
                function show() {
                    var length = field.value.length;
                    var full = length >= max;
                    counter.textContent = words(full ? 'data-text-full' : 'data-text-count', length, max);
                    counter.classList.toggle('portal-limit-full', full);
                    counter.hidden = length < Math.floor(max * 0.8);
                }
                field.addEventListener('input', show);
                show();
            });
    }

    function update() {
        nameCalendarButtons();
        limitFields();
        describeFields();
        alertGroups();
        imagesOff();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', update);
    } else {
        update();
    }
    if (window.jQuery) {
        window.jQuery(document).on('pfAjaxComplete', update);
    }
})();
