// The Debian packages a throw-away WordPress needs (see scripts/wordpress/site.mjs), and an
// idempotent installer: packages already installed are skipped; nothing is started by their
// postinst scripts (a policy-rc.d that exits 101 is in place while apt-get runs).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'

export const wordpressPackages = [
  'wordpress',
  'mariadb-server',
  'php-cli',
  'php-mysql',
  'php-gd',
  'php-xml',
  'php-mbstring',
  'php-curl',
]

const policyPath = '/usr/sbin/policy-rc.d'
const denyAll = '#!/bin/sh\n# Written by Copydesk scripts/wordpress/packages.mjs while apt-get runs: start no service.\nexit 101\n'

/** Packages of `names` that dpkg does not report as installed. */
export function missingPackages(names) {
  return names.filter((name) => {
    const result = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' })
    return result.status !== 0 || !result.stdout.includes('install ok installed')
  })
}

function run(command, args, env = process.env) {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) throw new Error(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`)
}

/** Runs `install` with a policy-rc.d that forbids starting services, then puts back what was there. */
function withServicesForbidden(install) {
  const previous = existsSync(policyPath) ? readFileSync(policyPath) : null
  const alreadyDenies = previous !== null && /^\s*exit\s+101\s*$/m.test(previous.toString('utf8'))
  if (!alreadyDenies) {
    if (previous !== null) renameSync(policyPath, `${policyPath}.copydesk-saved`)
    writeFileSync(policyPath, denyAll, { mode: 0o755 })
  }
  try {
    install()
  } finally {
    if (!alreadyDenies) {
      rmSync(policyPath, { force: true })
      if (previous !== null) renameSync(`${policyPath}.copydesk-saved`, policyPath)
    }
  }
}

/**
 * Installs the missing packages of `names` (as root, with apt-get). Throws with the exact command
 * to run when it cannot (not root, no apt-get).
 */
export function installPackages(names, { update = true } = {}) {
  const missing = missingPackages(names)
  if (missing.length === 0) return []
  const command = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`
  const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
  if (!hasAptGet) throw new Error(`Missing Debian packages: ${missing.join(', ')}, and this machine has no apt-get.`)
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Install them as root, then run this again:\n  sudo sh -c '${command}'`)
  }
  console.log(`Installing ${missing.join(', ')} with apt-get (services are not started).`)
  withServicesForbidden(() => {
    if (update) run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'update'])
    // Waits for another apt-get (another test run installing Chromium, say) instead of failing.
    run('apt-get', ['-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '--no-install-recommends', ...missing], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' })
  })
  const stillMissing = missingPackages(missing)
  if (stillMissing.length) throw new Error(`apt-get finished, yet ${stillMissing.join(', ')} are still not installed.`)
  return missing
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    const installed = installPackages(wordpressPackages)
    console.log(installed.length ? `Installed: ${installed.join(', ')}` : `Already installed: ${wordpressPackages.join(', ')}`)
  } catch (error) {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  }
}
