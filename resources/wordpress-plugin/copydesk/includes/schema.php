<?php
if (!defined('ABSPATH')) {
    exit;
}

define('COPYDESK_SCHEMA_VERSION', '1');

function copydesk_yjs_table() {
    global $wpdb;
    return $wpdb->prefix . 'copydesk_yjs_updates';
}

/**
 * One row per Yjs update: rows are only ever inserted (never rewritten by a writer), so two
 * writers appending at once both keep their update. `id` is the read cursor.
 */
function copydesk_ensure_schema() {
    if (get_option('copydesk_schema_version') === COPYDESK_SCHEMA_VERSION) {
        return;
    }
    global $wpdb;
    require_once ABSPATH . 'wp-admin/includes/upgrade.php';
    $table = copydesk_yjs_table();
    $charset = $wpdb->get_charset_collate();
    dbDelta("CREATE TABLE {$table} (
  id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  post_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  kind varchar(16) NOT NULL DEFAULT 'update',
  created_gmt datetime NOT NULL,
  data longtext NOT NULL,
  PRIMARY KEY  (id),
  KEY post_id_id (post_id,id)
) {$charset};");
    update_option('copydesk_schema_version', COPYDESK_SCHEMA_VERSION, true);
}
