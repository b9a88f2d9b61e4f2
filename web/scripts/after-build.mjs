// After `vite build`: writes .br and .gz beside every asset (served as they are by the server)
// and reports the compressed JavaScript of the sign-in page's first load, which must stay under
// 300 KB.
import fs from 'node:fs'
import path from 'node:path'
import zlib from 'node:zlib'

const dist = path.resolve(import.meta.dirname, '..', 'dist')
const LIMIT_BYTES = 300 * 1024

const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite', 'manifest.json'), 'utf8'))

/** A chunk's file and every chunk it imports statically, which the browser loads with it. */
function loadedWith(key, seen = new Set()) {
  const chunk = manifest[key]
  if (!chunk || seen.has(chunk.file)) return seen
  seen.add(chunk.file)
  for (const imported of chunk.imports ?? []) loadedWith(imported, seen)
  return seen
}

function gzipSize(file) {
  return zlib.gzipSync(fs.readFileSync(path.join(dist, file)), { level: 9 }).length
}

for (const file of fs.readdirSync(path.join(dist, 'assets'))) {
  if (!/\.(js|css|svg)$/.test(file)) continue
  const full = path.join(dist, 'assets', file)
  const content = fs.readFileSync(full)
  fs.writeFileSync(`${full}.gz`, zlib.gzipSync(content, { level: 9 }))
  fs.writeFileSync(
    `${full}.br`,
    zlib.brotliCompressSync(content, {
      params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
    }),
  )
}

const firstLoad = loadedWith('index.html')
loadedWith('src/auth/SignInPage.tsx', firstLoad)
const bytes = [...firstLoad].filter((f) => f.endsWith('.js')).reduce((n, f) => n + gzipSize(f), 0)
const kb = (bytes / 1024).toFixed(1)
console.log(`sign-in page, first load: ${kb} KB of JavaScript gzip-compressed (limit 300 KB)`)
if (bytes > LIMIT_BYTES) {
  console.error('the sign-in page loads too much JavaScript')
  process.exit(1)
}
