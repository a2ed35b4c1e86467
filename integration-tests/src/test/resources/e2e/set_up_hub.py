"""The admin set-up of docs/hub-admin.md for the end-to-end tests, over Python's xmlrpc.client as an
administrator's script would do it: channels, a build tag with arches, a destination tag, a target, the
components on the destination tag's package list, builder hosts with passwords in both container channels,
a maintainer, and the osbs account osbs-client imports with (content-generator access for atomic-reactor and
the tag permission).

usage: set_up_hub.py HUB_URL ADMIN ADMIN_PASSWORD SPEC_JSON
SPEC_JSON: {"build_tag", "dest_tag", "target", "arches", "packages": [...], "hosts": {name: password},
            "maintainer": [name, password], "osbs": [name, password]}
Prints one check per line (name<TAB>value).
"""
import json
import sys

from koji_session import KojiSession, report

hub_url, admin, admin_password, spec = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])

session = KojiSession(hub_url)
session.login(admin, admin_password)

session.call('addChannel', 'container-binary', description='binary container builds')
session.call('addChannel', 'container-source', description='source container builds')

session.call('createTag', spec['build_tag'], arches=spec['arches'])
session.call('createTag', spec['dest_tag'])
session.call('createBuildTarget', spec['target'], spec['build_tag'], spec['dest_tag'])

for package in spec['packages']:
    session.call('packageListAdd', spec['dest_tag'], package, owner=admin)

for host, password in sorted(spec['hosts'].items()):
    session.call('addHost', host, spec['arches'].split(), password=password)
    session.call('addHostToChannel', host, 'container-binary')
    session.call('addHostToChannel', host, 'container-source')

maintainer, maintainer_password = spec['maintainer']
session.call('createUser', maintainer, password=maintainer_password)

osbs, osbs_password = spec['osbs']
session.call('createUser', osbs, password=osbs_password)
session.call('grantCGAccess', osbs, 'atomic-reactor', create=True)
session.call('grantPermission', osbs, 'tag')

session.logout()

report('target', session.call('getBuildTarget', spec['target'])['dest_tag_name'])
report('hosts', sorted(host['name'] for host in session.call('listHosts', channelID='container-binary')))
