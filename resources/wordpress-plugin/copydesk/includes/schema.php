<?php
if (!defined('ABSPATH')) {
    exit;
}

define('COPYDESK_SCHEMA_VERSION', '2');

function copydesk_yjs_table() {
    global $wpdb;
    return $wpdb->prefix . 'copydesk_yjs_updates';
}

/** Rows a compaction replaced, kept for COPYDESK_RECOVERY_DAYS (see copydesk_rest_compact_updates). */
function copydesk_yjs_replaced_table() {
    global $wpdb;
    return $wpdb->prefix . 'copydesk_yjs_replaced';
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
    $replaced = copydesk_yjs_replaced_table();
    // A row can be replaced twice (a snapshot folded again): its own key, not the log's id.
    dbDelta("CREATE TABLE {$replaced} (
  replaced_id bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  id bigint(20) unsigned NOT NULL,
  post_id bigint(20) unsigned NOT NULL,
  user_id bigint(20) unsigned NOT NULL DEFAULT 0,
  kind varchar(16) NOT NULL DEFAULT 'update',
  created_gmt datetime NOT NULL,
  data longtext NOT NULL,
  replaced_gmt datetime NOT NULL,
  replaced_by bigint(20) unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY  (replaced_id),
  KEY post_id_id (post_id,id),
  KEY replaced_gmt (replaced_gmt)
) {$charset};");
    update_option('copydesk_schema_version', COPYDESK_SCHEMA_VERSION, true);
}
