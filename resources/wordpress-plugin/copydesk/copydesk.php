<?php
/**
 * Plugin Name: Copydesk
 * Description: What the Copydesk newsroom editor needs from WordPress and core lacks: an article UUID (a retried create finds its post), an append-only log of Yjs updates per post, the newsroom workflow status, and photo credit/creator/rights/usage terms on attachments.
 * Version: 0.2.0
 * Requires at least: 6.1
 * Requires PHP: 7.4
 * License: GPL-2.0-or-later
 *
 * Works as a normal plugin or as a mu-plugin (its table is created on first use, not on activation).
 */

if (!defined('ABSPATH')) {
    exit;
}

define('COPYDESK_PLUGIN_VERSION', '0.2.0');

require_once __DIR__ . '/includes/schema.php';
require_once __DIR__ . '/includes/meta.php';
require_once __DIR__ . '/includes/yjs-validate.php';
require_once __DIR__ . '/includes/yjs-log.php';
require_once __DIR__ . '/includes/articles.php';
require_once __DIR__ . '/includes/photos.php';
require_once __DIR__ . '/includes/workflow.php';
require_once __DIR__ . '/includes/embargo.php';
require_once __DIR__ . '/includes/external-edits.php';

add_action('init', 'copydesk_register_meta');
add_action('init', 'copydesk_register_external_edit_meta');
add_action('post_updated', 'copydesk_note_external_edit', 10, 3);
add_action('init', 'copydesk_ensure_schema');
add_action('copydesk_purge_replaced_rows', 'copydesk_purge_replaced_rows');
add_action('init', function () {
    if (!wp_next_scheduled('copydesk_purge_replaced_rows')) {
        wp_schedule_event(time() + HOUR_IN_SECONDS, 'daily', 'copydesk_purge_replaced_rows');
    }
});
add_action('rest_api_init', 'copydesk_register_routes');
add_filter('rest_attachment_query', 'copydesk_media_query_by_photo', 10, 2);
add_filter('rest_pre_insert_post', 'copydesk_rest_embargo_check', 10, 2);
add_filter('wp_insert_post_data', 'copydesk_hold_embargoed', 10, 2);

function copydesk_register_routes() {
    register_rest_route('copydesk/v1', '/info', array(
        'methods' => 'GET',
        'callback' => 'copydesk_rest_info',
        'permission_callback' => 'is_user_logged_in',
    ));
    copydesk_register_article_routes();
    copydesk_register_photo_routes();
    copydesk_register_yjs_routes();
    copydesk_register_workflow_routes();
    copydesk_register_author_name_field();
}

/** What this site's plugin offers, so the app can say which features it can use. */
function copydesk_rest_info() {
    return array(
        'version' => COPYDESK_PLUGIN_VERSION,
        'features' => array('uuid', 'yjs-log', 'workflow', 'photo-meta', 'adopt', 'photos'),
    );
}

/** A REST error with the HTTP status clients branch on. */
function copydesk_error($code, $message, $status) {
    return new WP_Error($code, $message, array('status' => $status));
}
