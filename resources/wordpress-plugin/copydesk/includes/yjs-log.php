<?php
if (!defined('ABSPATH')) {
    exit;
}

/**
 * One Yjs update may not exceed this (decoded): stored as base64 (a third more) it stays well under
 * MariaDB's default max_allowed_packet of 16 MiB. Copydesk refuses to file an article whose whole
 * state is larger (shared/cms/limits.ts says the same), so a filing never fails here for size.
 */
define('COPYDESK_MAX_UPDATE_BYTES', 8 * 1024 * 1024);
/** The updates of one append request together: one full-size update, so one request is one row's worth of SQL. */
define('COPYDESK_MAX_REQUEST_BYTES', COPYDESK_MAX_UPDATE_BYTES);
/** A page of the log holds rows up to this much base64 (or one row, whatever its size): a read never answers gigabytes. */
define('COPYDESK_MAX_PAGE_CHARS', 16 * 1024 * 1024);
/** How long rows replaced by a compaction are kept, to rebuild a post's log by hand if a compaction lost something. */
define('COPYDESK_RECOVERY_DAYS', 30);

function copydesk_register_yjs_routes() {
    register_rest_route('copydesk/v1', '/posts/(?P<id>\d+)/yjs', array(
        array(
            'methods' => 'GET',
            'callback' => 'copydesk_rest_read_updates',
            'permission_callback' => 'copydesk_can_edit_post_param',
            'args' => array(
                'after' => array('type' => 'integer', 'default' => 0, 'minimum' => 0),
                'limit' => array('type' => 'integer', 'default' => 500, 'minimum' => 1, 'maximum' => 1000),
            ),
        ),
        array(
            'methods' => 'POST',
            'callback' => 'copydesk_rest_append_updates',
            'permission_callback' => 'copydesk_can_edit_post_param',
            'args' => array(
                'updates' => array('type' => 'array', 'required' => true, 'minItems' => 1, 'maxItems' => 1000, 'items' => array('type' => 'string')),
            ),
        ),
    ));
    register_rest_route('copydesk/v1', '/posts/(?P<id>\d+)/yjs/compact', array(
        'methods' => 'POST',
        'callback' => 'copydesk_rest_compact_updates',
        'permission_callback' => 'copydesk_can_compact_post_param',
        'args' => array(
            'from' => array('type' => 'integer', 'required' => true, 'minimum' => 1),
            'through' => array('type' => 'integer', 'required' => true, 'minimum' => 1),
            'state' => array('type' => 'string', 'required' => true),
        ),
    ));
}

/**
 * Strict base64 of a well-formed Yjs update of at most COPYDESK_MAX_UPDATE_BYTES bytes, or a
 * WP_Error: a row every desk's pull could not decode is never stored.
 */
function copydesk_decode_update($value, $index) {
    $value = (string) $value;
    // Checked before decoding: base64 is 4/3 of the bytes.
    if (strlen($value) > intdiv(COPYDESK_MAX_UPDATE_BYTES + 2, 3) * 4) {
        return copydesk_error('copydesk_update_too_large', "Update {$index} is larger than " . COPYDESK_MAX_UPDATE_BYTES . ' bytes.', 413);
    }
    $bytes = base64_decode($value, true);
    if ($bytes === false || $bytes === '') {
        return copydesk_error('copydesk_bad_update', "Update {$index} is not base64-encoded bytes.", 400);
    }
    if (strlen($bytes) > COPYDESK_MAX_UPDATE_BYTES) {
        return copydesk_error('copydesk_update_too_large', "Update {$index} is larger than " . COPYDESK_MAX_UPDATE_BYTES . ' bytes.', 413);
    }
    if (!copydesk_is_yjs_update($bytes)) {
        return copydesk_error('copydesk_bad_update', "Update {$index} is not a Yjs update.", 400);
    }
    return $bytes;
}

/**
 * Writers of one post take turns (a named lock), so ids of a post's rows are committed in order:
 * a reader that has seen id N never later finds a new row below N.
 */
function copydesk_with_post_lock($post_id, $callback) {
    global $wpdb;
    $lock = 'copydesk_yjs_' . (int) $post_id . '_' . $wpdb->prefix;
    if (!$wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, 15)', $lock))) {
        return copydesk_error('copydesk_busy', 'The post is busy; try again.', 503);
    }
    try {
        return $callback();
    } finally {
        $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $lock));
    }
}

function copydesk_rest_append_updates(WP_REST_Request $request) {
    global $wpdb;
    $post_id = (int) $request['id'];
    $encoded = array();
    $total = 0;
    foreach (array_values($request['updates']) as $index => $update) {
        $bytes = copydesk_decode_update($update, $index);
        if (is_wp_error($bytes)) {
            return $bytes;
        }
        $total += strlen($bytes);
        if ($total > COPYDESK_MAX_REQUEST_BYTES) {
            return copydesk_error('copydesk_request_too_large', 'The updates of one request may not exceed ' . COPYDESK_MAX_REQUEST_BYTES . ' bytes together.', 413);
        }
        $encoded[] = base64_encode($bytes);
    }
    $user_id = get_current_user_id();
    return copydesk_with_post_lock($post_id, function () use ($wpdb, $post_id, $encoded, $user_id) {
        $ids = array();
        $now = current_time('mysql', true);
        foreach ($encoded as $data) {
            $ok = $wpdb->insert(copydesk_yjs_table(), array(
                'post_id' => $post_id,
                'user_id' => $user_id,
                'kind' => 'update',
                'created_gmt' => $now,
                'data' => $data,
            ), array('%d', '%d', '%s', '%s', '%s'));
            if (!$ok) {
                return copydesk_error('copydesk_db_error', 'The update could not be stored.', 500);
            }
            $ids[] = (int) $wpdb->insert_id;
        }
        return new WP_REST_Response(array('ids' => $ids, 'cursor' => end($ids)), 201);
    });
}

function copydesk_rest_read_updates(WP_REST_Request $request) {
    global $wpdb;
    $post_id = (int) $request['id'];
    $after = (int) $request['after'];
    $limit = (int) $request['limit'];
    $table = copydesk_yjs_table();
    $rows = $wpdb->get_results($wpdb->prepare(
        "SELECT id, user_id, kind, created_gmt, data FROM {$table} WHERE post_id = %d AND id > %d ORDER BY id ASC LIMIT %d",
        $post_id,
        $after,
        $limit + 1
    ), ARRAY_A);
    $more = count($rows) > $limit;
    $rows = array_slice($rows, 0, $limit);
    // Cut by size too: the rows up to COPYDESK_MAX_PAGE_CHARS, at least one.
    $chars = 0;
    foreach ($rows as $index => $row) {
        $chars += strlen($row['data']);
        if ($index > 0 && $chars > COPYDESK_MAX_PAGE_CHARS) {
            $rows = array_slice($rows, 0, $index);
            $more = true;
            break;
        }
    }
    $updates = array_map(function ($row) {
        return array(
            'id' => (int) $row['id'],
            'user' => (int) $row['user_id'],
            'kind' => $row['kind'],
            'created_gmt' => mysql_to_rfc3339($row['created_gmt']),
            'data' => $row['data'],
        );
    }, $rows);
    $cursor = $updates ? end($updates)['id'] : $after;
    return array('updates' => $updates, 'cursor' => $cursor, 'more' => $more);
}

/**
 * Who may compact a post's log: whoever may edit it and others' posts (the desk). The server
 * cannot cheaply prove that a state holds every replaced update's content (that is decoding and
 * comparing Yjs structs in PHP), so compaction is left to the desk, and the replaced rows are kept
 * for COPYDESK_RECOVERY_DAYS in their own table: a compaction that lost something can be undone by
 * putting them back (docs/wordpress-plugin.md says how).
 */
function copydesk_can_compact_post_param(WP_REST_Request $request) {
    $allowed = copydesk_can_edit_post_param($request);
    if ($allowed !== true) {
        return $allowed;
    }
    if (!current_user_can('edit_others_posts')) {
        return copydesk_error('copydesk_cannot_compact', 'Only an editor (who may edit others’ posts) may fold a post’s log.', 403);
    }
    return true;
}

/** Daily: replaced rows past the recovery window go for good. */
function copydesk_purge_replaced_rows() {
    global $wpdb;
    $table = copydesk_yjs_replaced_table();
    $wpdb->query($wpdb->prepare("DELETE FROM {$table} WHERE replaced_gmt < %s", gmdate('Y-m-d H:i:s', time() - COPYDESK_RECOVERY_DAYS * DAY_IN_SECONDS)));
}

/**
 * Replaces the rows `from`..`through` with one snapshot (the client's merge of exactly those rows),
 * kept at id `through` so every reader's cursor stays valid. Refused (409) unless `from` is still
 * the post's first row and `through` one of its rows: someone else compacted in between.
 */
function copydesk_rest_compact_updates(WP_REST_Request $request) {
    global $wpdb;
    $post_id = (int) $request['id'];
    $from = (int) $request['from'];
    $through = (int) $request['through'];
    if ($through < $from) {
        return copydesk_error('copydesk_bad_range', '"through" must not be below "from".', 400);
    }
    $state = copydesk_decode_update($request['state'], 0);
    if (is_wp_error($state)) {
        return $state;
    }
    $table = copydesk_yjs_table();
    return copydesk_with_post_lock($post_id, function () use ($wpdb, $post_id, $from, $through, $state, $table) {
        $first = (int) $wpdb->get_var($wpdb->prepare("SELECT MIN(id) FROM {$table} WHERE post_id = %d", $post_id));
        $through_exists = (int) $wpdb->get_var($wpdb->prepare("SELECT COUNT(*) FROM {$table} WHERE post_id = %d AND id = %d", $post_id, $through));
        if ($first !== $from || !$through_exists) {
            return copydesk_error('copydesk_cursor_mismatch', 'The log changed since it was read (compacted by someone else); read it again.', 409);
        }
        $wpdb->query('START TRANSACTION');
        // Kept for the recovery window before they leave the log.
        $kept = $wpdb->query($wpdb->prepare(
            "INSERT INTO " . copydesk_yjs_replaced_table() . " (id, post_id, user_id, kind, created_gmt, data, replaced_gmt, replaced_by)
             SELECT id, post_id, user_id, kind, created_gmt, data, %s, %d FROM {$table} WHERE post_id = %d AND id <= %d",
            current_time('mysql', true),
            get_current_user_id(),
            $post_id,
            $through
        ));
        if ($kept === false) {
            $wpdb->query('ROLLBACK');
            return copydesk_error('copydesk_db_error', 'The log could not be compacted.', 500);
        }
        $updated = $wpdb->update($table, array('kind' => 'snapshot', 'data' => base64_encode($state)), array('id' => $through), array('%s', '%s'), array('%d'));
        $removed = $wpdb->query($wpdb->prepare("DELETE FROM {$table} WHERE post_id = %d AND id < %d", $post_id, $through));
        if ($updated === false || $removed === false) {
            $wpdb->query('ROLLBACK');
            return copydesk_error('copydesk_db_error', 'The log could not be compacted.', 500);
        }
        $wpdb->query('COMMIT');
        return array('removed' => (int) $removed, 'snapshot' => $through);
    });
}
