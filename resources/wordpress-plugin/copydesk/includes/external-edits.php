<?php
if (!defined('ABSPATH')) {
    exit;
}

/**
 * Edits made to a Copydesk article outside Copydesk (wp-admin, another REST client) carry no Yjs
 * update: they are marked on the post (`copydesk_external_edit`: who and when, as JSON) so Copydesk
 * merges them or keeps both versions instead of overwriting them. Copydesk's own writes send the
 * `X-Copydesk-Sync` header and clear the mark (it has merged what was there).
 */
function copydesk_register_external_edit_meta() {
    register_post_meta('post', 'copydesk_external_edit', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => array('schema' => array('type' => 'string', 'context' => array('edit'))),
        'auth_callback' => '__return_false', // written by the hook below only
    ));
}

function copydesk_note_external_edit($post_id, $after, $before) {
    if ($after->post_type !== 'post' || get_post_meta($post_id, 'copydesk_uuid', true) === '') {
        return;
    }
    if (!empty($_SERVER['HTTP_X_COPYDESK_SYNC'])) {
        delete_post_meta($post_id, 'copydesk_external_edit');
        return;
    }
    $changed = $after->post_title !== $before->post_title
        || $after->post_excerpt !== $before->post_excerpt
        || $after->post_content !== $before->post_content;
    if (!$changed) {
        return;
    }
    $user = wp_get_current_user();
    update_post_meta($post_id, 'copydesk_external_edit', wp_slash(wp_json_encode(array(
        'by' => $user && $user->exists() ? $user->display_name : '',
        'at' => $after->post_modified_gmt,
    ))));
}
