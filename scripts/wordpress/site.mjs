// A throw-away WordPress on 127.0.0.1 for development and tests, from Debian packages (see
// packages.mjs): its own MariaDB (data folder, socket, port), `php -S` with router.php, its own
// WP_CONTENT_DIR (uploads; the Copydesk plugin loaded as a mu-plugin from resources/),
// WP_ENVIRONMENT_TYPE local (Application Passwords over plain http), raised upload limits, and
// test users with Application Passwords. Stops only the processes it started (pid files).
//
//   node scripts/wordpress/site.mjs start [--dir DIR] [--port PORT] [--fresh]   prints the site as JSON
//   node scripts/wordpress/site.mjs stop  [--dir DIR] [--purge]
//   node scripts/wordpress/site.mjs status [--dir DIR]
import { spawn, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, connect } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { missingPackages, wordpressPackages } from './packages.mjs'

const here = dirname(fileURLToPath(import.meta.url))
const repoRoot = resolve(here, '../..')
const wordpressRoot = '/usr/share/wordpress'
const pluginMain = join(repoRoot, 'resources/wordpress-plugin/copydesk/copydesk.php')
export const defaultSiteDir = join(tmpdir(), 'copydesk-wordpress')
export const defaultPort = 8881

/** The users every site gets, one per role Copydesk cares about. */
export const siteUsers = [
  { role: 'administrator', username: 'admin', displayName: 'Site Admin' },
  { role: 'editor', username: 'editor', displayName: 'Élise Éditrice' },
  { role: 'author', username: 'reporter', displayName: 'Rémi Reporter' },
  { role: 'contributor', username: 'contributor', displayName: 'Chloé Contributrice' },
]

const paths = (dir) => ({
  dir,
  data: join(dir, 'mysql'),
  socket: join(dir, 'mysqld.sock'),
  mariadbPid: join(dir, 'mariadbd.pid'),
  mariadbLog: join(dir, 'mariadbd.log'),
  phpPid: join(dir, 'php.pid'),
  phpLog: join(dir, 'php.log'),
  content: join(dir, 'wp-content'),
  config: join(dir, 'wp-config.php'),
  site: join(dir, 'site.json'),
})

const sleep = (ms) => new Promise((done) => setTimeout(done, ms))

/** A TCP port free on 127.0.0.1 right now. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      server.close(() => resolvePort(port))
    })
  })
}

function requirePackages() {
  const missing = missingPackages(wordpressPackages)
  if (missing.length) {
    throw new Error(
      `The test WordPress needs Debian packages that are missing: ${missing.join(', ')}.\n` +
        `Install them (as root): node scripts/wordpress/packages.mjs   (npm test does it through scripts/ensure-system-deps.mjs)`,
    )
  }
}

function runChecked(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options })
  if (result.status !== 0) {
    throw new Error(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}):\n${result.stderr || result.stdout}`)
  }
  return result.stdout
}

/** Is `pid` alive and running `binary`? (A pid file can outlive its process; its number can be reused.) */
function isOurProcess(pid, binary) {
  try {
    const commandLine = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    return commandLine.split('\0')[0].endsWith(binary)
  } catch {
    return false
  }
}

function readPid(file) {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10)
    return Number.isInteger(pid) && pid > 0 ? pid : undefined
  } catch {
    return undefined
  }
}

/** Starts a process in its own process group, detached from ours, output to `log`; returns its pid. */
function startDetached(command, args, { log, env }) {
  const out = openSync(log, 'a')
  const child = spawn(command, args, { detached: true, stdio: ['ignore', out, out], env })
  closeSync(out)
  child.unref()
  return child.pid
}

async function waitFor(what, check, { timeoutMs = 30_000, log } = {}) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await check()) return
    await sleep(50)
  }
  const tail = log && existsSync(log) ? `\n--- ${log} ---\n${readFileSync(log, 'utf8').slice(-2000)}` : ''
  throw new Error(`${what} did not come up within ${timeoutMs / 1000} s.${tail}`)
}

const socketAccepts = (socket) =>
  new Promise((done) => {
    const client = connect(socket)
    client.once('connect', () => {
      client.destroy()
      done(true)
    })
    client.once('error', () => done(false))
  })

async function startMariadb(p, dbPort) {
  if (!existsSync(join(p.data, 'mysql'))) {
    mkdirSync(p.data, { recursive: true })
    runChecked('mariadb-install-db', [
      '--no-defaults',
      '--user=root',
      `--datadir=${p.data}`,
      '--auth-root-authentication-method=socket',
      '--skip-test-db',
    ])
  }
  const pid = startDetached(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      '--user=root', // it refuses to run as root otherwise
      `--datadir=${p.data}`,
      `--socket=${p.socket}`,
      `--port=${dbPort}`,
      '--bind-address=127.0.0.1',
      `--pid-file=${join(p.dir, 'mariadbd.own.pid')}`,
      '--skip-log-bin',
      // No buffer-pool dump/load: stopping and starting stay fast.
      '--innodb-buffer-pool-dump-at-shutdown=0',
      '--innodb-buffer-pool-load-at-startup=0',
      '--innodb-buffer-pool-size=64M',
      '--innodb-flush-log-at-trx-commit=2',
      '--max-allowed-packet=64M',
    ],
    { log: p.mariadbLog, env: process.env },
  )
  writeFileSync(p.mariadbPid, `${pid}\n`)
  await waitFor('MariaDB', () => socketAccepts(p.socket), { log: p.mariadbLog })
  runChecked('mariadb', ['--no-defaults', `--socket=${p.socket}`, '-uroot'], {
    input:
      "CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n" +
      "CREATE USER IF NOT EXISTS 'wordpress'@'localhost' IDENTIFIED BY 'wordpress';\n" +
      "GRANT ALL ON wordpress.* TO 'wordpress'@'localhost';\n",
  })
}

const phpQuote = (value) => `'${String(value).replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`

function writeConfig(p, { url, configName }) {
  mkdirSync(join(p.content, 'mu-plugins'), { recursive: true })
  mkdirSync(join(p.content, 'uploads'), { recursive: true })
  mkdirSync(join(p.content, 'plugins'), { recursive: true })
  mkdirSync(join(p.content, 'themes'), { recursive: true })
  writeFileSync(
    join(p.content, 'mu-plugins', 'copydesk-loader.php'),
    [
      '<?php',
      '// The Copydesk companion plugin, loaded from the repository (edits apply at once).',
      '// COPYDESK_TEST_SWITCH (set by tests on a second php -S in front of the same site) shows the',
      '// site as it would be without the plugin, or with its REST API turned off.',
      "$copydesk_switch = getenv('COPYDESK_TEST_SWITCH');",
      "if ($copydesk_switch === 'rest-disabled') {",
      "    add_filter('rest_authentication_errors', function () {",
      "        return new WP_Error('rest_disabled', 'The REST API is disabled on this site.', array('status' => 403));",
      '    }, 99);',
      '}',
      "if ($copydesk_switch !== 'no-plugin') {",
      `    require ${phpQuote(pluginMain)};`,
      '}',
      '',
    ].join('\n'),
  )
  const salts = ['AUTH_KEY', 'SECURE_AUTH_KEY', 'LOGGED_IN_KEY', 'NONCE_KEY', 'AUTH_SALT', 'SECURE_AUTH_SALT', 'LOGGED_IN_SALT', 'NONCE_SALT']
  const defines = {
    DB_NAME: 'wordpress',
    DB_USER: 'wordpress',
    DB_PASSWORD: 'wordpress',
    DB_HOST: `localhost:${p.socket}`,
    WP_HOME: url,
    WP_SITEURL: url,
    WP_CONTENT_DIR: p.content,
    WP_CONTENT_URL: `${url}/wp-content`,
    // Application Passwords authenticate over plain http only on a local environment.
    WP_ENVIRONMENT_TYPE: 'local',
    DISABLE_WP_CRON: true,
    AUTOMATIC_UPDATER_DISABLED: true,
    // Offline machine: no request to wordpress.org may hang a page.
    WP_HTTP_BLOCK_EXTERNAL: true,
    FS_METHOD: 'direct',
    WP_DEBUG: false,
  }
  const lines = ['<?php', '// Written by Copydesk scripts/wordpress/site.mjs.']
  for (const [name, value] of Object.entries(defines)) {
    lines.push(`define('${name}', ${typeof value === 'boolean' ? String(value) : phpQuote(value)});`)
  }
  for (const name of salts) lines.push(`define('${name}', '${randomBytes(32).toString('hex')}');`)
  lines.push("$table_prefix = 'wp_';", '')
  writeFileSync(p.config, lines.join('\n'))
  mkdirSync('/etc/wordpress', { recursive: true })
  writeFileSync(etcConfig(configName), `<?php\n// Copydesk test site in ${p.dir} (removed by site.mjs stop).\nrequire ${phpQuote(p.config)};\n`)
}

const etcConfig = (configName) => `/etc/wordpress/config-${configName}.php`
const configNameFor = (port) => `copydesk-${port}`

const phpIni = [
  '-d', 'sendmail_path=/bin/true',
  '-d', 'upload_max_filesize=256M',
  '-d', 'post_max_size=256M',
  '-d', 'memory_limit=512M',
  '-d', 'max_execution_time=120',
  '-d', 'display_errors=stderr',
]

function installSite(p, { url, configName }) {
  const users = siteUsers.map((user) => ({ ...user, password: randomBytes(12).toString('base64url') }))
  const stdout = runChecked('php', [...phpIni, join(here, 'install.php'), configName, url, JSON.stringify(users)], {
    cwd: wordpressRoot,
  })
  return JSON.parse(stdout.trim().split('\n').pop()).users
}

async function startPhp(p, { port, configName }) {
  const pid = startDetached('/usr/bin/php', [...phpIni, '-S', `127.0.0.1:${port}`, '-t', wordpressRoot, join(here, 'router.php')], {
    log: p.phpLog,
    // Several workers: concurrent requests really run at the same time (as on a real server).
    env: { ...process.env, PHP_CLI_SERVER_WORKERS: '4', COPYDESK_WP_CONFIG_NAME: configName, COPYDESK_WP_CONTENT_DIR: p.content },
  })
  writeFileSync(p.phpPid, `${pid}\n`)
  await waitFor(
    'PHP’s web server',
    async () => {
      try {
        const response = await fetch(`http://127.0.0.1:${port}/wp-json/`, { signal: AbortSignal.timeout(2000) })
        return response.ok
      } catch {
        return false
      }
    },
    { log: p.phpLog },
  )
}

/**
 * For tests: a second `php -S` in front of the same site, with COPYDESK_TEST_SWITCH set to
 * 'no-plugin' or 'rest-disabled' (see the mu-plugin loader). Returns { url, stop }.
 */
export async function startFrontDoor(site, testSwitch) {
  const port = await freePort()
  const child = spawn('/usr/bin/php', [...phpIni, '-S', `127.0.0.1:${port}`, '-t', wordpressRoot, join(here, 'router.php')], {
    stdio: 'ignore',
    detached: true,
    env: {
      ...process.env,
      PHP_CLI_SERVER_WORKERS: '2',
      COPYDESK_WP_CONFIG_NAME: site.configName,
      COPYDESK_WP_CONTENT_DIR: paths(site.dir).content,
      COPYDESK_TEST_SWITCH: testSwitch,
    },
  })
  const exited = new Promise((done) => child.once('exit', done))
  const url = `http://127.0.0.1:${port}`
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM')
      } catch {
        /* already gone */
      }
      await exited
    }
  }
  try {
    await waitFor('The test front door', async () => {
      try {
        await fetch(`${url}/wp-json/`, { signal: AbortSignal.timeout(2000) })
        return true
      } catch {
        return false
      }
    })
  } catch (error) {
    await stop()
    throw error
  }
  return { url, stop }
}

/** The site of `dir` if both its processes run, else undefined. */
export function siteStatus(dir = defaultSiteDir) {
  const p = paths(resolve(dir))
  if (!existsSync(p.site)) return undefined
  const mariadb = readPid(p.mariadbPid)
  const php = readPid(p.phpPid)
  if (!mariadb || !php || !isOurProcess(mariadb, 'mariadbd') || !isOurProcess(php, 'php')) return undefined
  return JSON.parse(readFileSync(p.site, 'utf8'))
}

/**
 * Starts the site in `dir` (installing it the first time) and returns
 * { url, port, dir, users: { administrator|editor|author|contributor: { id, username, password, applicationPassword } } }.
 * Already running: returns it as is. `fresh`: throws away what `dir` held first.
 */
export async function startSite({ dir = defaultSiteDir, port, fresh = false } = {}) {
  requirePackages()
  dir = resolve(dir)
  if (fresh) await stopSite({ dir, purge: true })
  const running = siteStatus(dir)
  if (running) return running
  await stopSite({ dir }) // half-started leftovers
  const p = paths(dir)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  const previous = existsSync(p.site) ? JSON.parse(readFileSync(p.site, 'utf8')) : undefined
  port = port ?? previous?.port ?? (await freePort())
  const dbPort = previous?.dbPort ?? (await freePort())
  const url = `http://127.0.0.1:${port}`
  const configName = configNameFor(port)
  const startedAt = Date.now()
  try {
    await startMariadb(p, dbPort)
    writeConfig(p, { url, configName })
    const users = installSite(p, { url, configName })
    await startPhp(p, { port, configName })
    const site = {
      url,
      port,
      dbPort,
      dir,
      configName,
      users: Object.fromEntries(users.map((user) => [user.role, user])),
      startedInMs: Date.now() - startedAt,
    }
    writeFileSync(p.site, `${JSON.stringify(site, null, 2)}\n`, { mode: 0o600 })
    return site
  } catch (error) {
    await stopSite({ dir })
    throw error
  }
}

async function stopProcess(pidFile, binary) {
  const pid = readPid(pidFile)
  rmSync(pidFile, { force: true })
  if (!pid || !isOurProcess(pid, binary)) return
  // Its whole process group: php -S workers are its children.
  const signal = (name) => {
    try {
      process.kill(-pid, name)
    } catch {
      /* already gone */
    }
  }
  signal('SIGTERM')
  const deadline = Date.now() + 15_000
  while (isOurProcess(pid, binary) && Date.now() < deadline) await sleep(50)
  if (isOurProcess(pid, binary)) signal('SIGKILL')
  while (isOurProcess(pid, binary)) await sleep(20)
}

/** Stops the processes this script started for `dir` (and nothing else); `purge` also deletes `dir`. */
export async function stopSite({ dir = defaultSiteDir, purge = false } = {}) {
  const p = paths(resolve(dir))
  await stopProcess(p.phpPid, 'php')
  await stopProcess(p.mariadbPid, 'mariadbd')
  if (existsSync(p.site)) {
    const { configName } = JSON.parse(readFileSync(p.site, 'utf8'))
    if (configName) rmSync(etcConfig(configName), { force: true })
  }
  if (purge) rmSync(p.dir, { recursive: true, force: true })
}

function parseArgs(argv) {
  const options = {}
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg === '--dir') options.dir = argv[++i]
    else if (arg === '--port') options.port = Number(argv[++i])
    else if (arg === '--fresh') options.fresh = true
    else if (arg === '--purge') options.purge = true
    else throw new Error(`Unknown option ${arg}`)
  }
  return options
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [command, ...rest] = process.argv.slice(2)
  try {
    const options = parseArgs(rest)
    if (command === 'start') {
      const site = await startSite({ port: defaultPort, ...options })
      console.log(JSON.stringify(site, null, 2))
      console.error(`WordPress runs at ${site.url} (wp-admin: ${site.url}/wp-admin/, user "admin", password above). Stop it: npm run wordpress:stop`)
    } else if (command === 'stop') {
      await stopSite(options)
      console.error('WordPress stopped.')
    } else if (command === 'status') {
      const site = siteStatus(options.dir)
      console.log(site ? JSON.stringify(site, null, 2) : 'not running')
    } else {
      console.error('Usage: node scripts/wordpress/site.mjs start|stop|status [--dir DIR] [--port PORT] [--fresh] [--purge]')
      process.exit(2)
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
