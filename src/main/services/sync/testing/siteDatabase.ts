import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import type { Site } from '../../../../../scripts/wordpress/site.mjs'

/**
 * SQL straight into the test site's MariaDB (its socket in the site's folder), for what no REST
 * route may write any more: a row an older plugin accepted (0.1.0 stored any base64 as an update),
 * or one put into the table by hand. Answers the rows as tab-separated text.
 */
export function siteSql(site: Site, sql: string): string {
  return execFileSync('mariadb', ['--no-defaults', `--socket=${join(site.dir, 'mysqld.sock')}`, '-uroot', '--batch', '--skip-column-names', 'wordpress'], {
    input: sql,
    encoding: 'utf8',
  })
}

/** A row in a post's Yjs log as an older plugin would have stored it (nothing checked but base64). */
export function insertLogRow(site: Site, postId: number, base64: string): void {
  if (!/^[A-Za-z0-9+/=]*$/.test(base64)) throw new Error('base64 only')
  siteSql(site, `INSERT INTO wp_copydesk_yjs_updates (post_id, user_id, kind, created_gmt, data) VALUES (${Math.trunc(postId)}, 0, 'update', UTC_TIMESTAMP(), '${base64}');`)
}
