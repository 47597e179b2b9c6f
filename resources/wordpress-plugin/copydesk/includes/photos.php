<?php
if (!defined('ABSPATH')) {
    exit;
}

/**
 * Library photos on the site. Only the upload route below gives an attachment its Copydesk photo
 * id (core REST and wp-admin cannot: the meta's auth_callback is false), one attachment per photo
 * id per site, recording who uploaded it and the sha-256 of the file as stored, so a desk bringing
 * the photo checks the bytes it downloads against what was uploaded.
 */
function copydesk_register_photo_routes() {
    $photo_id = array(
        'type' => 'string',
        'required' => true,
        'validate_callback' => function ($value) {
            return is_string($value) && preg_match('/^[0-9a-f]{64}$/', $value) === 1;
        },
    );
    // Upload a photo's metadata-carrying file (the raw body, as core's media route takes it), once.
    register_rest_route('copydesk/v1', '/photos/(?P<photo_id>[0-9a-f]{64})', array(
        array(
            'methods' => 'POST',
            'callback' => 'copydesk_rest_upload_photo',
            'permission_callback' => function () {
                return current_user_can('upload_files');
            },
            'args' => array('photo_id' => $photo_id),
        ),
        // The attachment of a photo: id, URL, hash and uploader (for whoever may read the media library).
        array(
            'methods' => 'GET',
            'callback' => 'copydesk_rest_get_photo',
            'permission_callback' => function () {
                return current_user_can('upload_files');
            },
            'args' => array('photo_id' => $photo_id),
        ),
    ));
    // Record an attachment made in wp-admin as a library photo: a desk imported its file, whose
    // sha-256 is the photo id (the library's ids are the hash of the original), checked here.
    register_rest_route('copydesk/v1', '/photos/(?P<photo_id>[0-9a-f]{64})/adopt', array(
        'methods' => 'POST',
        'callback' => 'copydesk_rest_adopt_photo',
        'permission_callback' => function (WP_REST_Request $request) {
            $attachment = get_post((int) $request['attachment']);
            if (!$attachment || $attachment->post_type !== 'attachment') {
                return copydesk_error('copydesk_attachment_not_found', 'No such attachment.', 404);
            }
            if (!current_user_can('edit_post', $attachment->ID)) {
                return copydesk_error('copydesk_cannot_edit', 'You are not allowed to edit this attachment.', rest_authorization_required_code());
            }
            return true;
        },
        'args' => array('photo_id' => $photo_id, 'attachment' => array('type' => 'integer', 'required' => true, 'minimum' => 1)),
    ));
}

function copydesk_rest_adopt_photo(WP_REST_Request $request) {
    global $wpdb;
    $photo_id = $request['photo_id'];
    $attachment_id = (int) $request['attachment'];
    $lock = 'copydesk_photo_' . substr($photo_id, 0, 40) . '_' . $wpdb->prefix;
    if (!$wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, 30)', $lock))) {
        return copydesk_error('copydesk_busy', 'Another request is uploading this photo; try again.', 503);
    }
    try {
        $existing = copydesk_attachment_by_photo($photo_id);
        if ($existing) {
            return new WP_REST_Response(copydesk_photo_summary($existing, false), 200);
        }
        if ((string) get_post_meta($attachment_id, 'copydesk_photo_id', true) !== '') {
            return copydesk_error('copydesk_photo_taken', 'This attachment is already another photo.', 409);
        }
        $file = get_attached_file($attachment_id);
        $hash = $file && is_readable($file) ? hash_file('sha256', $file) : '';
        if ($hash !== $photo_id) {
            return copydesk_error('copydesk_photo_mismatch', 'The attachment’s file is not this photo.', 409);
        }
        update_post_meta($attachment_id, 'copydesk_photo_id', $photo_id);
        update_post_meta($attachment_id, 'copydesk_uploader', get_current_user_id());
        update_post_meta($attachment_id, 'copydesk_sha256', $hash);
        return new WP_REST_Response(copydesk_photo_summary($attachment_id, true), 201);
    } finally {
        $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $lock));
    }
}

/** The attachment carrying this photo id, or 0. */
function copydesk_attachment_by_photo($photo_id) {
    global $wpdb;
    $id = $wpdb->get_var($wpdb->prepare(
        "SELECT pm.post_id FROM {$wpdb->postmeta} pm INNER JOIN {$wpdb->posts} p ON p.ID = pm.post_id
         WHERE pm.meta_key = 'copydesk_photo_id' AND pm.meta_value = %s AND p.post_type = 'attachment'
         ORDER BY pm.post_id ASC LIMIT 1",
        $photo_id
    ));
    return $id ? (int) $id : 0;
}

/**
 * The photo's attachment as Copydesk sees it. An attachment from before this version has no hash:
 * it gets the hash of its file as it is now (what every desk was downloading anyway).
 */
function copydesk_photo_summary($attachment_id, $created) {
    $hash = (string) get_post_meta($attachment_id, 'copydesk_sha256', true);
    $file = get_attached_file($attachment_id);
    if ($hash === '' && $file && is_readable($file)) {
        $hash = hash_file('sha256', $file);
        update_post_meta($attachment_id, 'copydesk_sha256', $hash);
    }
    return array(
        'id' => (int) $attachment_id,
        'source_url' => wp_get_attachment_url($attachment_id),
        'sha256' => $hash,
        'uploaded_by' => (int) get_post_meta($attachment_id, 'copydesk_uploader', true),
        'created' => (bool) $created,
    );
}

function copydesk_rest_get_photo(WP_REST_Request $request) {
    $attachment_id = copydesk_attachment_by_photo($request['photo_id']);
    if (!$attachment_id) {
        return copydesk_error('copydesk_photo_not_found', 'No attachment carries this photo id.', 404);
    }
    return copydesk_photo_summary($attachment_id, false);
}

/**
 * Creates the attachment through core's own /wp/v2/media route (its checks and limits apply:
 * upload_files, the allowed types), under a lock on the photo id: a photo already on the site
 * answers its attachment (200) instead of a second one. The photo id is written as the
 * attachment is inserted (before its sizes are made), so a retry after a lost answer finds it; the
 * hash is that of the file as stored (after WordPress scaled a large original).
 */
function copydesk_rest_upload_photo(WP_REST_Request $request) {
    global $wpdb;
    $photo_id = $request['photo_id'];
    $lock = 'copydesk_photo_' . substr($photo_id, 0, 40) . '_' . $wpdb->prefix;
    if (!$wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, 30)', $lock))) {
        return copydesk_error('copydesk_busy', 'Another request is uploading this photo; try again.', 503);
    }
    try {
        $existing = copydesk_attachment_by_photo($photo_id);
        if ($existing) {
            return new WP_REST_Response(copydesk_photo_summary($existing, false), 200);
        }
        $inner = new WP_REST_Request('POST', '/wp/v2/media');
        $inner->set_body($request->get_body());
        $inner->set_header('content-type', $request->get_header('content-type'));
        $inner->set_header('content-disposition', $request->get_header('content-disposition'));
        $params = $request->get_query_params();
        unset($params['rest_route'], $params['photo_id']);
        if (isset($params['meta']) && is_array($params['meta'])) {
            unset($params['meta']['copydesk_photo_id'], $params['meta']['copydesk_sha256'], $params['meta']['copydesk_uploader']);
        }
        $inner->set_query_params($params);
        $user_id = get_current_user_id();
        $tag = function ($attachment_id) use ($photo_id, $user_id) {
            update_post_meta($attachment_id, 'copydesk_photo_id', $photo_id);
            update_post_meta($attachment_id, 'copydesk_uploader', $user_id);
        };
        add_action('add_attachment', $tag);
        try {
            $result = rest_do_request($inner);
        } finally {
            remove_action('add_attachment', $tag);
        }
        if ($result->is_error()) {
            return $result;
        }
        $data = $result->get_data();
        $attachment_id = (int) $data['id'];
        update_post_meta($attachment_id, 'copydesk_sha256', hash_file('sha256', get_attached_file($attachment_id)));
        return new WP_REST_Response(copydesk_photo_summary($attachment_id, true), 201);
    } finally {
        $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $lock));
    }
}
