/**
 * Sizes the site's plugin accepts (resources/wordpress-plugin/copydesk/includes/yjs-log.php says
 * the same): one Yjs update at most 8 MiB, one request's updates together as much. A new article
 * goes up as its whole state in one update, so an article whose state is larger cannot be filed:
 * main says so before asking the site, instead of failing with 413 on every attempt.
 */
export const maxYjsUpdateBytes = 8 * 1024 * 1024
