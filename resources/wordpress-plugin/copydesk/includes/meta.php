<?php
if (!defined('ABSPATH')) {
    exit;
}

/** The newsroom workflow, as in Copydesk (shared/DESIGN.md). */
function copydesk_workflow_statuses() {
    return array('draft', 'submitted', 'editing', 'approved', 'scheduled', 'published', 'correction', 'spiked');
}

/** Statuses only someone allowed to publish the post may set. */
function copydesk_publisher_statuses() {
    return array('approved', 'scheduled', 'published', 'correction');
}

/**
 * Whether the current user may take a story to a publisher status: publish it, and work on
 * others' posts (the desk). An author's publish_posts covers only their own posts; in a newsroom
 * their copy is published by an editor (Copydesk's capabilitiesOfWordPress says the same).
 */
function copydesk_can_publish_as_desk($post_id = 0) {
    $publish = $post_id ? current_user_can('publish_post', $post_id) : current_user_can('publish_posts');
    return $publish && current_user_can('edit_others_posts');
}

/** Post meta is ignored over REST unless registered with show_in_rest. */
function copydesk_register_meta() {
    register_post_meta('post', 'copydesk_uuid', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'sanitize_callback' => 'copydesk_sanitize_uuid',
        'auth_callback' => function ($allowed, $key, $post_id) {
            return current_user_can('edit_post', $post_id);
        },
    ));
    // Written through copydesk/v1/posts/<id>/workflow (which lets contributors submit); directly
    // only by those who may publish the post.
    register_post_meta('post', 'copydesk_workflow_status', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => array('schema' => array('type' => 'string', 'enum' => array_merge(array(''), copydesk_workflow_statuses()))),
        'auth_callback' => function ($allowed, $key, $post_id) {
            return current_user_can('publish_post', $post_id);
        },
    ));
    // The note of the article's last correction, published with it (written through the workflow route).
    register_post_meta('post', 'copydesk_correction_note', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'auth_callback' => function ($allowed, $key, $post_id) {
            return copydesk_can_publish_as_desk($post_id);
        },
    ));
    // The Copydesk library photo an attachment was uploaded from (sha-256, 64 hex): a retried upload
    // whose answer was lost finds it (GET wp/v2/media?copydesk_photo_id=…) instead of uploading again.
    register_post_meta('attachment', 'copydesk_photo_id', array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => true,
        'sanitize_callback' => function ($value) {
            $value = strtolower(trim((string) $value));
            return preg_match('/^[0-9a-f]{64}$/', $value) === 1 ? $value : '';
        },
        'auth_callback' => function ($allowed, $meta_key, $post_id) {
            return current_user_can('edit_post', $post_id);
        },
    ));
    foreach (array('copydesk_credit', 'copydesk_creator', 'copydesk_rights', 'copydesk_usage_terms') as $key) {
        register_post_meta('attachment', $key, array(
            'type' => 'string',
            'single' => true,
            'show_in_rest' => true,
            'sanitize_callback' => 'sanitize_text_field',
            'auth_callback' => function ($allowed, $meta_key, $post_id) {
                return current_user_can('edit_post', $post_id);
            },
        ));
    }
}

function copydesk_is_uuid($value) {
    return is_string($value) && preg_match('/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/', $value) === 1;
}

function copydesk_sanitize_uuid($value) {
    $value = strtolower(trim((string) $value));
    return copydesk_is_uuid($value) ? $value : '';
}

/** GET wp/v2/media?copydesk_photo_id=<id>: the attachments uploaded from that library photo. */
function copydesk_media_query_by_photo($args, $request) {
    $photo_id = $request->get_param('copydesk_photo_id');
    if (is_string($photo_id) && $photo_id !== '') {
        $args['meta_query'] = array(array('key' => 'copydesk_photo_id', 'value' => strtolower($photo_id)));
    }
    return $args;
}
