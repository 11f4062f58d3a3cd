/*
 * PrimeFaces renders the file field of <p:fileUpload mode="simple"> with aria-hidden="true" although it is the visible,
 * focusable control: screen readers would skip the very field to fill. Undone here, on first load and after AJAX updates.
 */
(function () {
    function reveal() {
        document.querySelectorAll('input[type="file"][aria-hidden="true"]').forEach(function (input) {
            input.removeAttribute('aria-hidden');
        });
    }
    document.addEventListener('DOMContentLoaded', function () {
        reveal();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', reveal);
        }
    });
})();
