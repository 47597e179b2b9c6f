// Run first by `npm test` and `npm run bench`: the e2e tests and benchmarks drive Debian's Chromium
// (Playwright cannot download its own browsers on this network); the CMS tests need WordPress,
// MariaDB and PHP from Debian. Installs it when it can; otherwise
// stops with the exact command to run. It never skips silently.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { installPackages, wordpressPackages } from './wordpress/packages.mjs'

const chromium = process.env.COPYDESK_CHROMIUM || '/usr/bin/chromium'
const packages = ['chromium', 'fonts-dejavu-core', 'fonts-liberation']

// The CMS tests start a throw-away WordPress (scripts/wordpress/site.mjs) from Debian packages.
try {
  installPackages(wordpressPackages)
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
}

if (existsSync(chromium)) process.exit(0)

const isRoot = process.getuid?.() === 0
const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0
const aptCommand = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y ${packages.join(' ')}`

if (!hasAptGet) {
  console.error(
    `${chromium} is missing and this machine has no apt-get. Install Chromium and fonts, then point ` +
      `COPYDESK_CHROMIUM at the chromium binary.`,
  )
  process.exit(1)
}
if (!isRoot) {
  console.error(`${chromium} is missing. Install it (as root), then run this again:\n  sudo sh -c '${aptCommand}'`)
  process.exit(1)
}

function run(command, args, env = process.env) {
  console.log(`$ ${command} ${args.join(' ')}`)
  const result = spawnSync(command, args, { stdio: 'inherit', env })
  if (result.status !== 0) {
    console.error(`"${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal}).`)
    process.exit(1)
  }
}

console.log(`${chromium} is missing: installing ${packages.join(', ')} with apt-get.`)
run('apt-get', ['update'])
run('apt-get', ['install', '-y', ...packages], { ...process.env, DEBIAN_FRONTEND: 'noninteractive' })

if (!existsSync(chromium)) {
  console.error(`Installed ${packages.join(', ')}, yet ${chromium} still does not exist (check COPYDESK_CHROMIUM).`)
  process.exit(1)
}
console.log(`Chromium is installed: ${chromium}`)
