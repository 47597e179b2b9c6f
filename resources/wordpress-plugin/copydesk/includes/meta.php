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

/**
 * The plugin's post meta: in REST answers only in the edit context, which core gives only to users
 * who may edit the post (a single post answers 403, a list leaves it out), and written only by the plugin's own routes (create,
 * adopt, workflow) and hooks: core's REST API, wp-admin's custom fields and XML-RPC all refuse them
 * (auth_callback false), so no one sets an article UUID or a desk-only status on a post by hand.
 */
function copydesk_register_meta() {
    $by_plugin_only = array(
        'type' => 'string',
        'single' => true,
        'show_in_rest' => array('schema' => array('type' => 'string', 'context' => array('edit'))),
        'auth_callback' => '__return_false',
    );
    // The article's UUID: one post per UUID per site (the create and adopt routes check under a lock).
    register_post_meta('post', 'copydesk_uuid', array_merge($by_plugin_only, array('sanitize_callback' => 'copydesk_sanitize_uuid')));
    // Written through copydesk/v1/posts/<id>/workflow, with its rights check (contributors submit, the desk approves).
    register_post_meta('post', 'copydesk_workflow_status', $by_plugin_only);
    // The note of the article's last correction, published with it (written through the workflow route).
    register_post_meta('post', 'copydesk_correction_note', $by_plugin_only);
    // The embargo (UTC, 2026-12-08T11:00:00): not public before it (includes/embargo.php).
    register_post_meta('post', 'copydesk_embargo_gmt', $by_plugin_only);
    // The Copydesk library photo an attachment was uploaded from (64 hex), who uploaded it (user id)
    // and the sha-256 of its file: written by the plugin's photo route only (includes/photos.php).
    foreach (array('copydesk_photo_id', 'copydesk_sha256', 'copydesk_uploader') as $key) {
        register_post_meta('attachment', $key, array(
            'type' => $key === 'copydesk_uploader' ? 'integer' : 'string',
            'single' => true,
            'show_in_rest' => true,
            'auth_callback' => '__return_false',
        ));
    }
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

