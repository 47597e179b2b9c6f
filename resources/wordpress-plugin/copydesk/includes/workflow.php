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
    return array('id' => $id, 'status' => (string) get_post_meta($id, 'copydesk_workflow_status', true));
}

/** Anyone who may edit the post may move it through draft/submitted/editing/spiked; approving or scheduling needs the right to publish it. */
function copydesk_rest_set_workflow(WP_REST_Request $request) {
    $id = (int) $request['id'];
    $status = $request['status'];
    if (in_array($status, copydesk_publisher_statuses(), true) && !current_user_can('publish_post', $id)) {
        return copydesk_error('copydesk_cannot_publish', 'Only someone allowed to publish this post can set it to ' . $status . '.', 403);
    }
    update_post_meta($id, 'copydesk_workflow_status', $status);
    return array('id' => $id, 'status' => $status);
}
