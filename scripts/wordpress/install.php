<?php
// Installs WordPress without a browser, then makes the test users and their Application
// Passwords. Run by site.mjs: php install.php <config-name> <site-url> <users-json>
// Prints JSON: { "users": [ { "role", "username", "password", "applicationPassword", "id" } ] }.
// Idempotent: an installed site is kept; each run gives each user a fresh Application Password.

[$script, $config_name, $site_url, $users_json] = $argv;
$url = parse_url($site_url);
$_SERVER['WORDPRESS_CONFIG'] = $config_name;
$_SERVER['HTTP_HOST'] = $url['host'] . ':' . $url['port'];
$_SERVER['SERVER_NAME'] = $url['host'];
$_SERVER['SERVER_PORT'] = $url['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('WP_INSTALLING', true);

ob_start();
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-includes/class-wp-application-passwords.php';

$users = json_decode($users_json, true);
$admin = $users[0];
if (!is_blog_installed()) {
    $result = wp_install('Copydesk test site', $admin['username'], $admin['username'] . '@example.test', false, '', wp_slash($admin['password']), 'en_US');
    if (is_wp_error($result)) {
        fwrite(STDERR, 'wp_install failed: ' . $result->get_error_message() . "\n");
        exit(1);
    }
}
// wp_install's own permalink check requests the site over HTTP, which fails offline: set it here.
if (get_option('permalink_structure') !== '/%postname%/') {
    update_option('permalink_structure', '/%postname%/');
    flush_rewrite_rules(false);
}
copydesk_install_ensure_plugin_schema();

$out = array();
foreach ($users as $spec) {
    $user = get_user_by('login', $spec['username']);
    if (!$user) {
        $id = wp_insert_user(array(
            'user_login' => $spec['username'],
            'user_pass' => $spec['password'],
            'user_email' => $spec['username'] . '@example.test',
            'display_name' => $spec['displayName'],
            'role' => $spec['role'],
        ));
        if (is_wp_error($id)) {
            fwrite(STDERR, "Could not create {$spec['username']}: " . $id->get_error_message() . "\n");
            exit(1);
        }
        $user = get_user_by('id', $id);
    }
    WP_Application_Passwords::delete_all_application_passwords($user->ID);
    $created = WP_Application_Passwords::create_new_application_password($user->ID, array('name' => 'Copydesk tests'));
    if (is_wp_error($created)) {
        fwrite(STDERR, "No Application Password for {$spec['username']}: " . $created->get_error_message() . "\n");
        exit(1);
    }
    $out[] = array(
        'id' => $user->ID,
        'role' => $spec['role'],
        'username' => $spec['username'],
        'password' => $spec['password'],
        'applicationPassword' => $created[0],
    );
}
ob_end_clean();
echo json_encode(array('users' => $out)), "\n";

/** The companion plugin makes its table on `init`; make sure it exists before the first request. */
function copydesk_install_ensure_plugin_schema() {
    if (function_exists('copydesk_ensure_schema')) {
        copydesk_ensure_schema();
    }
}
