<?php
if (!defined('ABSPATH')) {
    exit;
}

/**
 * An article under embargo is not public before its time, however it is published: the plugin's
 * create route and core's REST API refuse it (403 copydesk_embargoed), and anything else that
 * publishes it (wp-admin, XML-RPC, another plugin) has it scheduled for the embargo instead. A
 * scheduled date before the embargo is refused the same way. The embargo is written through the
 * workflow route: anyone who may edit the post sets one or moves it later; lifting it or moving it
 * earlier is the desk's (copydesk_can_publish_as_desk).
 */

/** The embargo of a post as a UTC timestamp, or 0. */
function copydesk_embargo_of($post_id) {
    $value = (string) get_post_meta($post_id, 'copydesk_embargo_gmt', true);
    $time = $value === '' ? false : strtotime($value . 'Z');
    return $time === false ? 0 : $time;
}

function copydesk_set_embargo($post_id, $value) {
    $new = $value === '' ? 0 : strtotime($value . 'Z');
    if ($new === false) {
        return copydesk_error('copydesk_bad_embargo', 'The embargo is not a date.', 400);
    }
    $old = copydesk_embargo_of($post_id);
    if ($old && ($new === 0 || $new < $old) && !copydesk_can_publish_as_desk($post_id)) {
        return copydesk_error('copydesk_cannot_lift_embargo', 'Only an editor may lift an embargo or bring it forward.', 403);
    }
    if ($new === 0) {
        delete_post_meta($post_id, 'copydesk_embargo_gmt');
    } else {
        update_post_meta($post_id, 'copydesk_embargo_gmt', gmdate('Y-m-d\\TH:i:s', $new));
    }
    return true;
}

/** Why going to `status` at `date_gmt` (Y-m-d H:i:s, UTC) breaks the embargo, or null. */
function copydesk_embargo_breach($embargo, $status, $date_gmt) {
    if (!$embargo) {
        return null;
    }
    $until = gmdate('Y-m-d H:i:s', $embargo) . ' UTC';
    if ($status === 'publish' && time() < $embargo) {
        return copydesk_error('copydesk_embargoed', "This article is under embargo until {$until}: it cannot be published before.", 403);
    }
    if ($status === 'future' && $date_gmt && $date_gmt !== '0000-00-00 00:00:00' && strtotime($date_gmt . ' UTC') < $embargo) {
        return copydesk_error('copydesk_embargoed', "This article is under embargo until {$until}: it cannot be scheduled before.", 403);
    }
    return null;
}

/** Core REST (posts): refused with the reason. */
function copydesk_rest_embargo_check($prepared, WP_REST_Request $request) {
    if (empty($prepared->ID)) {
        return $prepared;
    }
    $post = get_post($prepared->ID);
    $status = isset($prepared->post_status) ? $prepared->post_status : $post->post_status;
    if ($post->post_status === 'publish' && $status === 'publish') {
        return $prepared; // already public: the embargo is past history
    }
    $date_gmt = isset($prepared->post_date_gmt) ? $prepared->post_date_gmt : $post->post_date_gmt;
    $breach = copydesk_embargo_breach(copydesk_embargo_of($post->ID), $status, $date_gmt);
    return $breach ? $breach : $prepared;
}

/** Everything else: published under embargo, the post is scheduled for the embargo instead. */
function copydesk_hold_embargoed($data, $postarr) {
    $post_id = isset($postarr['ID']) ? (int) $postarr['ID'] : 0;
    if (!$post_id || $data['post_type'] !== 'post' || !in_array($data['post_status'], array('publish', 'future'), true)) {
        return $data;
    }
    $before = get_post($post_id);
    if ($before && $before->post_status === 'publish') {
        return $data;
    }
    $embargo = copydesk_embargo_of($post_id);
    if ($embargo && copydesk_embargo_breach($embargo, $data['post_status'], $data['post_date_gmt'])) {
        $data['post_status'] = 'future';
        $data['post_date_gmt'] = gmdate('Y-m-d H:i:s', $embargo);
        $data['post_date'] = get_date_from_gmt($data['post_date_gmt']);
    }
    return $data;
}
