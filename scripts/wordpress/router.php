<?php
// Router for `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php` (see site.mjs).
// Debian's wp-config.php loads /etc/wordpress/config-$WORDPRESS_CONFIG.php, so each site (port)
// gets its own configuration; /wp-content/ is served from the site's own WP_CONTENT_DIR.

$_SERVER['WORDPRESS_CONFIG'] = getenv('COPYDESK_WP_CONFIG_NAME');
$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?: '/');

function copydesk_not_found() {
    http_response_code(404);
    header('Content-Type: text/plain');
    echo "Not found\n";
    return true;
}

// Uploads and mu-plugins live in the site's own folder, not under /usr/share/wordpress.
if (strpos($path, '/wp-content/') === 0) {
    $content = realpath(getenv('COPYDESK_WP_CONTENT_DIR'));
    $file = realpath($content . substr($path, strlen('/wp-content')));
    if ($file === false || strpos($file, $content . '/') !== 0 || !is_file($file) || preg_match('/\.php$/i', $file)) {
        return copydesk_not_found();
    }
    $type = function_exists('mime_content_type') ? mime_content_type($file) : 'application/octet-stream';
    header('Content-Type: ' . $type);
    header('Content-Length: ' . filesize($file));
    readfile($file);
    return true;
}

$file = realpath($root . $path);
if ($file !== false && strpos($file, $root) === 0) {
    if (is_dir($file) && is_file($file . '/index.php')) {
        $file .= '/index.php';
    }
    if (is_file($file)) {
        if (!preg_match('/\.php$/i', $file)) {
            return false; // a static file: the built-in server sends it
        }
        $_SERVER['SCRIPT_FILENAME'] = $file;
        $_SERVER['SCRIPT_NAME'] = substr($file, strlen($root));
        $_SERVER['PHP_SELF'] = $_SERVER['SCRIPT_NAME'];
        chdir(dirname($file));
        require $file;
        return true;
    }
}

// Pretty permalinks and /wp-json/: everything else goes to WordPress's front controller.
$_SERVER['SCRIPT_FILENAME'] = $root . '/index.php';
$_SERVER['SCRIPT_NAME'] = '/index.php';
$_SERVER['PHP_SELF'] = '/index.php';
chdir($root);
require $root . '/index.php';
