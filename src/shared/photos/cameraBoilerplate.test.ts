import { describe, expect, it } from 'vitest'
import list from './cameraBoilerplate.json' with { type: 'json' }
import { isCameraBoilerplate } from './cameraBoilerplate'

describe('camera boilerplate', () => {
  it('recognises what cameras write by themselves (each as the camera writes it)', () => {
    for (const text of [
      'OLYMPUS DIGITAL CAMERA         ', // Olympus pads ImageDescription with spaces
      'SONY DSC',
      'DCF 1.0',
      '(C) by Caplio RR1 User', // Ricoh Caplio's Copyright
      'DCIM\\100GOPRO\\GOPR0482.JPG', // GoPro's ImageDescription
      'DCIM/101GOPRO/GOPR1234.JPG',
      '<KENOX S630  / Samsung S630>', // Samsung's ImageDescription
      'Copyright (c)', // a camera's empty copyright template
      'samsung  camera   pictures',
    ]) {
      expect(isCameraBoilerplate(text), text).toBe(true)
    }
    for (const text of list.exact) expect(isCameraBoilerplate(text), text).toBe(true)
  })

  it('keeps real captions, creators and notices, even ones naming a camera', () => {
    for (const text of [
      'Un appareil Olympus Digital Camera exposé au musée de Tokyo',
      'Sony DSC-RX100 dans la main d’un photographe',
      '© AFP / Jean Dupont',
      'Copyright 2023 Reuters, all rights reserved',
      'Le 13 juillet 2023 à Bakou',
      '',
    ]) {
      expect(isCameraBoilerplate(text), text).toBe(false)
    }
  })
})
