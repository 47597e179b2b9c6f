<?php
if (!defined('ABSPATH')) {
    exit;
}

function copydesk_register_workflow_routes() {
    register_rest_route('copydesk/v1', '/posts/(?P<id>\d+)/workflow', array(
        array(
            'methods' => 'GET',
            'callback' => 'copydesk_rest_get_workflow',
            'permission_callback' => 'copydesk_can_edit_post_param',
        ),
        array(
            'methods' => 'POST',
            'callback' => 'copydesk_rest_set_workflow',
            'permission_callback' => 'copydesk_can_edit_post_param',
            'args' => array(
                'status' => array('type' => 'string', 'required' => true, 'enum' => copydesk_workflow_statuses()),
                // A correction's note (statuses correction and published): kept with the post.
                'note' => array('type' => 'string', 'required' => false, 'maxLength' => 5000),
                // The embargo (UTC, 2026-12-08T11:00:00), '' for none: the post is not public before it.
                'embargo_gmt' => array('type' => 'string', 'required' => false, 'pattern' => '^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})?$'),
            ),
        ),
    ));
}

/** Permission callback for /posts/<id>/…: the user may edit that post (404 when it does not exist). */
function copydesk_can_edit_post_param(WP_REST_Request $request) {
    $post = get_post((int) $request['id']);
    if (!$post || $post->post_type !== 'post') {
        return copydesk_error('copydesk_post_not_found', 'No such post.', 404);
    }
    if (!current_user_can('edit_post', $post->ID)) {
        return copydesk_error('copydesk_cannot_edit', 'You are not allowed to edit this post.', rest_authorization_required_code());
    }
    return true;
}

function copydesk_rest_get_workflow(WP_REST_Request $request) {
    $id = (int) $request['id'];
    return array(
        'id' => $id,
        'status' => (string) get_post_meta($id, 'copydesk_workflow_status', true),
        'note' => (string) get_post_meta($id, 'copydesk_correction_note', true),
        'embargo_gmt' => (string) get_post_meta($id, 'copydesk_embargo_gmt', true),
    );
}

/**
 * Anyone who may edit the post may move it through draft/submitted/editing/spiked; approving,
 * scheduling, publishing and correcting are the desk's (copydesk_can_publish_as_desk).
 */
function copydesk_rest_set_workflow(WP_REST_Request $request) {
    $id = (int) $request['id'];
    $status = $request['status'];
    $current = (string) get_post_meta($id, 'copydesk_workflow_status', true);
    // Restating the status the post has is no step (a re-filing that changes something else).
    if ($status !== $current && in_array($status, copydesk_publisher_statuses(), true) && !copydesk_can_publish_as_desk($id)) {
        return copydesk_cannot_publish_error($status);
    }
    if (is_string($request['embargo_gmt'])) {
        $embargo = copydesk_set_embargo($id, $request['embargo_gmt']);
        if (is_wp_error($embargo)) {
            return $embargo;
        }
    }
    update_post_meta($id, 'copydesk_workflow_status', $status);
    $note = $request['note'];
    if (is_string($note) && in_array($status, array('correction', 'published'), true)) {
        update_post_meta($id, 'copydesk_correction_note', sanitize_textarea_field($note));
    }
    return array(
        'id' => $id,
        'status' => $status,
        'note' => (string) get_post_meta($id, 'copydesk_correction_note', true),
        'embargo_gmt' => (string) get_post_meta($id, 'copydesk_embargo_gmt', true),
    );
}

function copydesk_cannot_publish_error($status) {
    return copydesk_error('copydesk_cannot_publish', 'Only an editor (who may publish and edit others’ posts) can set an article to ' . $status . '.', 403);
}
