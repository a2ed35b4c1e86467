#!/usr/bin/env python3
"""Imports a container image build as atomic-reactor does through koji.ClientSession: getNextRelease,
CGInitBuild, the files uploaded with the fast upload, CGImport of the metadata with the reservation's
token, then tagBuild into the destination tag. Prints what the hub answered.

usage: koji_cg_import.py HUB_URL USER PASSWORD NAME VERSION TAG
"""
import hashlib
import sys
import uuid

from koji_session import KojiSession, report

url, user, password, name, version, tag = sys.argv[1:7]
CG = 'atomic-reactor'
ARCH = 'x86_64'

session = KojiSession(url)
session.login(user, password)

release = session.call('getNextRelease', {'name': name, 'version': version})
reservation = session.call('CGInitBuild', CG, {'name': name, 'version': version, 'release': release})
nvr = '%s-%s-%s' % (name, version, release)
report('nvr', nvr)
report('reserved_build_id', reservation['build_id'])

# the files, uploaded in two chunks each as Koji's fastUpload does for larger files
upload_dir = 'koji-upload/%s' % uuid.uuid4()
files = {
    'docker-image-0123abcd.%s.tar.gz' % ARCH: ('This image is registry.example.com/%s:%s-%s\n' % (name, version, release)).encode(),
    '%s.log' % ARCH: b'Step 1/2 : FROM scratch\nStep 2/2 : LABEL name=hello\n',
}
for filename, content in files.items():
    middle = len(content) // 2
    session.raw_upload(content[:middle], 0, upload_dir, filename, overwrite=True)
    session.raw_upload(content[middle:], middle, upload_dir, filename)
report('uploaded', sorted(session.call('checkUpload', upload_dir, filename)['size'] for filename in files))


def output(filename, arch, kind, extra=None):
    content = files[filename]
    entry = {'buildroot_id': 1, 'filename': filename, 'filesize': len(content),
             'checksum': hashlib.md5(content).hexdigest(), 'checksum_type': 'md5', 'arch': arch, 'type': kind}
    if extra is not None:
        entry['extra'] = extra
        entry['components'] = []
    return entry


image_name = 'docker-image-0123abcd.%s.tar.gz' % ARCH
docker = {'id': 'sha256:0123abcd', 'parent_id': None,
          'repositories': ['registry.example.com/%s:%s-%s' % (name, version, release),
                           'registry.example.com/%s@sha256:feed' % name],
          'layer_sizes': [{'diff_id': 'sha256:aa', 'size': 1234}], 'tags': ['%s-%s' % (version, release)],
          'digests': {'application/vnd.docker.distribution.manifest.v2+json': 'sha256:feed'},
          'config': {'architecture': ARCH, 'os': 'linux'}}
metadata = {
    'metadata_version': 0,
    'build': {'name': name, 'version': version, 'release': release, 'build_id': reservation['build_id'],
              'source': 'git://git.example.com/containers/%s#0123456789abcdef' % name,
              'start_time': 1700000000, 'end_time': 1700000100,
              'extra': {'image': {'autorebuild': False, 'isolated': False},
                        'osbs_build': {'kind': 'container_build', 'engine': 'docker', 'subtypes': []},
                        'submitter': user}},
    'buildroots': [{'id': 1, 'host': {'os': 'Debian GNU/Linux 12', 'arch': ARCH},
                    'content_generator': {'name': CG, 'version': '2.0.0'},
                    'container': {'type': 'docker', 'arch': ARCH},
                    'tools': [{'name': 'docker', 'version': '24.0.5'}], 'components': [],
                    'extra': {'osbs': {'build_id': 'build-1'}}}],
    'output': [output(image_name, ARCH, 'docker-image', {'docker': docker, 'image': {'arch': ARCH}}),
               output('%s.log' % ARCH, 'noarch', 'log')],
}
build = session.call('CGImport', metadata, upload_dir, token=reservation['token'])
report('imported', [build['nvr'], build['state'], build['build_id'] == reservation['build_id']])
report('tag_task', type(session.call('tagBuild', tag, nvr)).__name__)
report('archives', [(a['filename'], a['type_name'], a['size']) for a in session.call('listArchives', buildID=build['build_id'])])
session.logout()
