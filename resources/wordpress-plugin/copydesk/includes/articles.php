<?php
if (!defined('ABSPATH')) {
    exit;
}

function copydesk_register_article_routes() {
    $uuid_arg = array(
        'type' => 'string',
        'required' => true,
        'validate_callback' => function ($value) {
            return copydesk_is_uuid(strtolower((string) $value));
        },
    );
    // Find the post of an article, whatever its status (trash included), so a retried create finds it.
    register_rest_route('copydesk/v1', '/articles/(?P<uuid>[0-9a-fA-F-]{36})', array(
        'methods' => 'GET',
        'callback' => 'copydesk_rest_get_article',
        'permission_callback' => 'is_user_logged_in',
        'args' => array('uuid' => $uuid_arg),
    ));
    // Create the post of an article unless it exists: the answer says which happened.
    register_rest_route('copydesk/v1', '/articles', array(
        'methods' => 'POST',
        'callback' => 'copydesk_rest_create_article',
        'permission_callback' => function () {
            return current_user_can('edit_posts');
        },
        'args' => array(
            'uuid' => $uuid_arg,
            'post' => array('type' => 'object', 'required' => false, 'default' => array()),
            // Optional, for a new post only: its first Yjs updates and workflow status, in the same
            // request (one round trip per new article); each goes through its own route's checks.
            'updates' => array('type' => 'array', 'required' => false, 'maxItems' => 1000, 'items' => array('type' => 'string')),
            'workflow' => array('type' => 'string', 'required' => false, 'enum' => copydesk_workflow_statuses()),
            'workflow_note' => array('type' => 'string', 'required' => false, 'maxLength' => 5000),
            'embargo_gmt' => array('type' => 'string', 'required' => false, 'pattern' => '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})?$'),
        ),
    ));
    // Give a post made outside Copydesk (wp-admin) an article UUID, once: the first desk to ask wins.
    register_rest_route('copydesk/v1', '/posts/(?P<id>\d+)/adopt', array(
        'methods' => 'POST',
        'callback' => 'copydesk_rest_adopt_post',
        'permission_callback' => 'copydesk_can_edit_post_param',
        'args' => array(
            'uuid' => $uuid_arg,
            // The article's first Yjs state, built by the desk from the post: the log starts with it.
            'updates' => array('type' => 'array', 'required' => true, 'minItems' => 1, 'maxItems' => 1000, 'items' => array('type' => 'string')),
        ),
    ));
}

/** The id of the post carrying this article UUID, or 0. */
function copydesk_post_id_by_uuid($uuid) {
    global $wpdb;
    $id = $wpdb->get_var($wpdb->prepare(
        "SELECT pm.post_id FROM {$wpdb->postmeta} pm INNER JOIN {$wpdb->posts} p ON p.ID = pm.post_id
         WHERE pm.meta_key = 'copydesk_uuid' AND pm.meta_value = %s AND p.post_type = 'post'
         ORDER BY pm.post_id ASC LIMIT 1",
        $uuid
    ));
    return $id ? (int) $id : 0;
}

/** As core's REST API reports it: a new draft has no modified_gmt yet, only its local time. */
function copydesk_modified_gmt($post) {
    $gmt = $post->post_modified_gmt;
    if ($gmt === '0000-00-00 00:00:00') {
        $gmt = get_gmt_from_date($post->post_modified);
    }
    return mysql_to_rfc3339($gmt);
}

function copydesk_article_summary($post_id, $created) {
    $post = get_post($post_id);
    return array(
        'id' => (int) $post->ID,
        'uuid' => get_post_meta($post->ID, 'copydesk_uuid', true),
        'status' => $post->post_status,
        'modified_gmt' => copydesk_modified_gmt($post),
        'link' => get_permalink($post),
        'created' => (bool) $created,
    );
}

function copydesk_rest_get_article(WP_REST_Request $request) {
    $uuid = strtolower($request['uuid']);
    $post_id = copydesk_post_id_by_uuid($uuid);
    // A post the user may not edit is reported as missing: its existence is not theirs to know.
    if (!$post_id || !current_user_can('edit_post', $post_id)) {
        return copydesk_error('copydesk_article_not_found', 'No post carries this article UUID.', 404);
    }
    return copydesk_article_summary($post_id, false);
}

/**
 * Creates the post through core's own /wp/v2/posts route (so its capability checks apply: a
 * contributor cannot publish), under a lock on the UUID so two concurrent creates make one post.
 */
function copydesk_rest_create_article(WP_REST_Request $request) {
    global $wpdb;
    $uuid = strtolower($request['uuid']);
    $lock = 'copydesk_uuid_' . md5($uuid);
    if (!$wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, 10)', $lock))) {
        return copydesk_error('copydesk_busy', 'Another request is creating this article; try again.', 503);
    }
    try {
        $existing = copydesk_post_id_by_uuid($uuid);
        if ($existing) {
            if (!current_user_can('edit_post', $existing)) {
                return copydesk_error('copydesk_article_taken', 'This article UUID belongs to a post you cannot edit.', 403);
            }
            $response = copydesk_article_summary($existing, false);
            return new WP_REST_Response($response, 200);
        }
        // A status only the desk may set is refused before the post exists (not after it went live).
        $workflow = $request['workflow'];
        if (is_string($workflow) && in_array($workflow, copydesk_publisher_statuses(), true) && !copydesk_can_publish_as_desk()) {
            return copydesk_cannot_publish_error($workflow);
        }
        $fields = is_array($request['post']) ? $request['post'] : array();
        unset($fields['id'], $fields['meta']);
        // Under embargo, not public before its time: refused before the post exists.
        $embargo = is_string($request['embargo_gmt']) && $request['embargo_gmt'] !== '' ? strtotime($request['embargo_gmt'] . 'Z') : 0;
        $date_gmt = isset($fields['date_gmt']) ? str_replace('T', ' ', (string) $fields['date_gmt']) : '';
        $breach = copydesk_embargo_breach($embargo ? $embargo : 0, isset($fields['status']) ? (string) $fields['status'] : 'draft', $date_gmt);
        if ($breach) {
            return $breach;
        }
        $inner = new WP_REST_Request('POST', '/wp/v2/posts');
        $inner->set_body_params($fields);
        // The UUID goes in with the insert itself (meta_input), so no post ever exists without it.
        $with_uuid = function ($prepared) use ($uuid, $embargo) {
            $prepared->meta_input = array_merge(
                array('copydesk_uuid' => $uuid),
                $embargo ? array('copydesk_embargo_gmt' => gmdate('Y-m-d\\TH:i:s', $embargo)) : array()
            );
            return $prepared;
        };
        add_filter('rest_pre_insert_post', $with_uuid);
        try {
            $result = rest_do_request($inner);
        } finally {
            remove_filter('rest_pre_insert_post', $with_uuid);
        }
        if ($result->is_error()) {
            return $result;
        }
        $data = $result->get_data();
        $post_id = (int) $data['id'];
        $extras = array();
        if (is_array($request['updates']) && count($request['updates']) > 0) {
            $append = new WP_REST_Request('POST', "/copydesk/v1/posts/$post_id/yjs");
            $append->set_body_params(array('updates' => $request['updates']));
            $extras['yjs_appended'] = !rest_do_request($append)->is_error();
        }
        if (is_string($request['workflow']) && $request['workflow'] !== '') {
            $set = new WP_REST_Request('POST', "/copydesk/v1/posts/$post_id/workflow");
            $set->set_body_params(array_merge(
                array('status' => $request['workflow']),
                is_string($request['workflow_note']) ? array('note' => $request['workflow_note']) : array()
            ));
            $extras['workflow_set'] = !rest_do_request($set)->is_error();
        }
        return new WP_REST_Response(array_merge(copydesk_article_summary($post_id, true), $extras), 201);
    } finally {
        $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $lock));
    }
}

/**
 * Records an article UUID on a post that has none (made in wp-admin) and starts its Yjs log with the
 * state the desk built from it, under a lock on the post so two desks adopting it at once make one
 * article. A post already adopted answers with its UUID and `adopted: false` (unless it is this UUID:
 * a retried adopt whose answer was lost), and its log is left as it is.
 */
function copydesk_rest_adopt_post(WP_REST_Request $request) {
    global $wpdb;
    $post_id = (int) $request['id'];
    $uuid = strtolower($request['uuid']);
    $lock = 'copydesk_adopt_' . $post_id . '_' . $wpdb->prefix;
    if (!$wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, 10)', $lock))) {
        return copydesk_error('copydesk_busy', 'Another request is adopting this post; try again.', 503);
    }
    try {
        $existing = (string) get_post_meta($post_id, 'copydesk_uuid', true);
        if ($existing !== '') {
            return array('id' => $post_id, 'uuid' => $existing, 'adopted' => $existing === $uuid, 'cursor' => 0);
        }
        $holder = copydesk_post_id_by_uuid($uuid);
        if ($holder && $holder !== $post_id) {
            return copydesk_error('copydesk_article_taken', 'This article UUID belongs to another post.', 409);
        }
        $append = new WP_REST_Request('POST', "/copydesk/v1/posts/$post_id/yjs");
        $append->set_body_params(array('updates' => $request['updates']));
        $appended = rest_do_request($append);
        if ($appended->is_error()) {
            return $appended;
        }
        update_post_meta($post_id, 'copydesk_uuid', $uuid);
        $data = $appended->get_data();
        return new WP_REST_Response(array('id' => $post_id, 'uuid' => $uuid, 'adopted' => true, 'cursor' => (int) $data['cursor']), 201);
    } finally {
        $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $lock));
    }
}

/**
 * The post author's display name, for whoever may edit the post: a post made in wp-admin becomes an
 * article with that byline, though core hides the profiles of authors with nothing published.
 */
function copydesk_register_author_name_field() {
    register_rest_field('post', 'copydesk_author_name', array(
        'get_callback' => function ($post) {
            if (!current_user_can('edit_post', $post['id'])) {
                return null;
            }
            $author = get_userdata((int) get_post_field('post_author', $post['id']));
            return $author ? $author->display_name : null;
        },
        'schema' => array('type' => array('string', 'null'), 'context' => array('edit'), 'readonly' => true),
    ));
}
