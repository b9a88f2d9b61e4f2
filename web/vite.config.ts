import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// The API is served by the Chorus server; in development Vite forwards /api to it.
const api = process.env.CHORUS_API ?? 'http://127.0.0.1:3000'

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': { target: api, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    assetsDir: 'assets',
    // The first load of the sign-in page is reported (and kept under 300 KB compressed).
    reportCompressedSize: true,
    manifest: true,
    chunkSizeWarningLimit: 600,
  },
})
