// Which stored files "open with another application" may launch: documents and images, checked three ways.
import { describe, expect, it } from 'vitest';
import { extensionOf, openDecision, refusalMessage } from '../../../electron/services/evidence/open-policy';

const enc = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (Uint8Array | number[])[]) => new Uint8Array(parts.flatMap((p) => [...p]));

const PDF = enc('%PDF-1.7\n%âãÏÓ\n1 0 obj');
const PNG = cat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13]);
const JPEG = cat([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], enc('JFIF'));
const ZIP = cat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], new Array(22).fill(0), enc('[Content_Types].xml'));
const ODT = cat([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0], new Array(22).fill(0), enc('mimetypeapplication/vnd.oasis.opendocument.text'));
const OLE = cat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], new Array(8).fill(0));
const EXE = cat(enc('MZ'), [0x90, 0, 3, 0, 0, 0, 4, 0], enc('This program cannot be run in DOS mode'));
const ELF = cat([0x7f], enc('ELF'), [2, 1, 1, 0]);
const OCTET = 'application/octet-stream';

describe('open with another application: documents and images only', () => {
  it.each([
    ['setup.exe', EXE, 'application/x-msdownload'],
    ['setup.exe', EXE, 'application/pdf'], // a lying media type does not help
    ['laporan.pdf.exe', PDF, 'application/pdf'], // nor does a document-looking name or content
    ['jalankan.bat', enc('@echo off\r\ndel /q C:\\*'), 'application/x-bat'],
    ['jalankan.cmd', enc('@echo off'), OCTET],
    ['pasang.sh', enc('#!/bin/sh\nrm -rf ~'), 'application/x-sh'],
    ['pintasan.desktop', enc('[Desktop Entry]\nExec=sh -c evil'), 'application/x-desktop'],
    ['pintasan.lnk', cat([0x4c, 0, 0, 0, 1, 0x14, 2, 0]), OCTET],
    ['alat.jar', ZIP, 'application/java-archive'],
    ['skrip.js', enc('WScript.CreateObject("WScript.Shell").Run("calc")'), 'text/javascript'],
    ['skrip.vbs', enc('CreateObject("WScript.Shell")'), OCTET],
    ['skrip.ps1', enc('Remove-Item -Recurse C:\\'), OCTET],
    ['halaman.hta', enc('<script>new ActiveXObject("WScript.Shell")</script>'), 'application/hta'],
    ['halaman.html', enc('<script>fetch("file:///etc/passwd")</script>'), 'text/html'],
    ['halaman.htm', enc('<html>'), 'text/html'],
    ['logo.svg', enc('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'image/svg+xml'],
    ['makro.docm', ZIP, 'application/vnd.ms-word.document.macroEnabled.12'],
    ['makro.xlsm', ZIP, 'application/vnd.ms-excel.sheet.macroEnabled.12'],
    ['pemasang.msi', OLE, 'application/x-msi'],
    ['layar.scr', EXE, OCTET],
    ['alamat.url', enc('[InternetShortcut]\nURL=file:///C:/evil.exe'), OCTET],
    ['arsip.zip', ZIP, 'application/zip'],
    ['cakram.iso', new Uint8Array(64), 'application/x-iso9660-image'],
    ['registri.reg', enc('Windows Registry Editor Version 5.00'), OCTET],
    ['program', ELF, OCTET], // no extension: the OS would guess
    ['program.', ELF, OCTET],
    ['apl.app', ZIP, OCTET],
    ['perintah.command', enc('#!/bin/sh'), OCTET],
    ['skrip.py', enc('import os'), 'text/x-python'],
  ])('refuses %s (%s)', (fileName, head, mediaType) => {
    const d = openDecision({ fileName, mediaType, head });
    expect(d).toMatchObject({ allowed: false, reason: 'extension' });
  });

  it.each([
    ['Akta Notaris 2011.pdf', PDF, 'application/pdf'],
    ['SCAN_KTP.PDF', PDF, OCTET], // upper case, and a browser that did not know the type
    ['kop surat.pdf', cat(enc('\r\n\r\n'), PDF), 'application/pdf'], // junk before the header, as scanners write
    ['foto kegiatan.png', PNG, 'image/png'],
    ['foto.jpg', JPEG, 'image/jpeg'],
    ['foto.jpeg', JPEG, ''],
    ['foto.gif', enc('GIF89a'), 'image/gif'],
    ['foto.webp', cat(enc('RIFF'), [0, 0, 0, 0], enc('WEBPVP8 ')), 'image/webp'],
    ['laporan.docx', ZIP, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['anggaran.xlsx', ZIP, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['paparan.pptx', ZIP, 'application/vnd.openxmlformats-officedocument.presentationml.presentation'],
    ['surat lama.doc', OLE, 'application/msword'],
    ['keuangan 2015.xls', OLE, 'application/vnd.ms-excel'],
    ['notulen.odt', ODT, 'application/vnd.oasis.opendocument.text'],
    ['surat.rtf', enc('{\\rtf1\\ansi'), 'application/rtf'],
    ['catatan.txt', enc('Daftar pengurus yayasan\n'), 'text/plain; charset=utf-8'],
    ['anggota.csv', enc('nama;jabatan\nSiti;ketua\n'), 'application/vnd.ms-excel'], // what Windows reports for .csv
    ['utf16.txt', cat([0xff, 0xfe], [0x41, 0, 0x42, 0]), 'text/plain'],
  ])('allows %s', (fileName, head, mediaType) => {
    expect(openDecision({ fileName, mediaType, head })).toMatchObject({ allowed: true });
  });

  it('refuses a document whose content or media type says it is something else', () => {
    expect(openDecision({ fileName: 'akta.pdf', mediaType: 'application/pdf', head: EXE })).toMatchObject({ allowed: false, reason: 'content' });
    expect(openDecision({ fileName: 'foto.png', mediaType: 'image/png', head: enc('<script>alert(1)</script>') })).toMatchObject({ allowed: false, reason: 'content' });
    expect(openDecision({ fileName: 'catatan.txt', mediaType: 'text/plain', head: EXE })).toMatchObject({ allowed: false, reason: 'content' });
    expect(openDecision({ fileName: 'notulen.odt', mediaType: OCTET, head: ZIP })).toMatchObject({ allowed: false, reason: 'content' });
    expect(openDecision({ fileName: 'akta.pdf', mediaType: 'text/html', head: PDF })).toMatchObject({ allowed: false, reason: 'media-type' });
    expect(openDecision({ fileName: 'laporan.docx', mediaType: 'application/x-msdownload', head: ZIP })).toMatchObject({ allowed: false, reason: 'media-type' });
    expect(openDecision({ fileName: 'kosong.pdf', mediaType: 'application/pdf', head: new Uint8Array() })).toMatchObject({ allowed: false, reason: 'content' });
  });

  it('takes the extension after the last dot only', () => {
    expect(extensionOf('a.pdf.exe')).toBe('exe');
    expect(extensionOf('a.exe.pdf')).toBe('pdf');
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.bashrc')).toBe('bashrc');
    // A right-to-left override shows "…fdp.exe" as "…exe.pdf" to people, but the OS still sees .exe.
    expect(openDecision({ fileName: 'invoice\u202Efdp.exe', mediaType: 'application/pdf', head: PDF })).toMatchObject({ allowed: false });
  });

  it('explains the refusal in both languages and points to "show in folder"', () => {
    const m = refusalMessage({ allowed: false, extension: 'exe', reason: 'extension' });
    expect(m).toMatch(/^Demi keamanan.*\(\.exe\).*Tampilkan di folder.* \/ For safety.*\(\.exe\).*Show in folder/);
    expect(refusalMessage({ allowed: false, extension: 'pdf', reason: 'content' })).toMatch(/tidak cocok.* \/ .*does not match/);
  });
});
