#!/usr/bin/env python3
"""Drives the hub's administration API the way Koji's Python client does: stdlib xmlrpc.client, session
headers with a rising call number, keyword arguments as a trailing __starstar struct. Prints one check per
line: name<TAB>repr(value), or FAULT <code> <repr(faultString)>.

Usage: koji_admin_calls.py HUB_URL ADMIN ADMIN_PASSWORD
"""
import sys
import urllib.request
import xmlrpc.client

HUB, ADMIN, ADMIN_PASSWORD = sys.argv[1:4]


class KojiSession:
    """The wire part of koji.ClientSession."""

    def __init__(self, url):
        self.url = url
        self.session_headers = {}
        self.callnum = None

    def call(self, method, *args, **kwargs):
        if kwargs:
            args += (dict(kwargs, __starstar=True),)
        headers = {'Content-Type': 'text/xml', 'User-Agent': 'koji/1'}
        if self.callnum is not None:
            headers.update(self.session_headers)
            headers['Koji-Session-Callnum'] = str(self.callnum)
            self.callnum += 1
        body = xmlrpc.client.dumps(args, method, allow_none=True).encode('utf-8')
        request = urllib.request.Request(self.url, data=body, headers=headers)
        with urllib.request.urlopen(request, timeout=30) as response:
            return xmlrpc.client.loads(response.read())[0][0]

    def login(self, user, password):
        info = self.call('login', user, password, opts=None)
        self.session_headers = {'Koji-Session-Id': str(info['session-id']),
                                'Koji-Session-Key': info['session-key']}
        self.callnum = 0

    def multiCall(self, calls):
        entries = []
        for method, args, kwargs in calls:
            if kwargs:
                args = args + (dict(kwargs, __starstar=True),)
            entries.append({'methodName': method, 'params': list(args)})
        return self.call('multiCall', entries)

    def __getattr__(self, method):
        return lambda *args, **kwargs: self.call(method, *args, **kwargs)


def report(name, call):
    try:
        value = repr(call())
    except xmlrpc.client.Fault as fault:
        value = 'FAULT %d %r' % (fault.faultCode, fault.faultString)
    except Exception as error:  # report and go on: one broken check must not hide the others
        value = 'ERROR %s: %s' % (type(error).__name__, error)
    print('%s\t%s' % (name, value), flush=True)


def items(record, *dropped):
    return sorted((key, value) for key, value in record.items() if key not in dropped)


def names(records, field='name'):
    return [record[field] for record in records]


admin = KojiSession(HUB)
admin.login(ADMIN, ADMIN_PASSWORD)
anonymous = KojiSession(HUB)

# users and permissions
report('createUser', lambda: type(admin.createUser('pyuser', password='py-pw')).__name__)
report('getUser', lambda: items(anonymous.getUser('pyuser'), 'id'))
user = KojiSession(HUB)
user.login('pyuser', 'py-pw')
report('user.getLoggedInUser', lambda: user.getLoggedInUser()['name'])
report('user.createUser', lambda: user.createUser('someone'))
report('getUser.unknown', lambda: admin.getUser('nobody'))
report('getUser.strict', lambda: admin.getUser('nobody', strict=True))
report('grantPermission', lambda: admin.grantPermission('pyuser', 'tag'))
report('user.hasPerm', lambda: user.hasPerm('tag'))
report('user.getPerms', lambda: user.getPerms())
report('revokePermission', lambda: admin.revokePermission('pyuser', 'tag'))
report('user.hasPerm.revoked', lambda: user.hasPerm('tag'))
report('hasPerm.strict', lambda: admin.hasPerm('nosuch', strict=True))
report('getAllPerms', lambda: items(anonymous.getAllPerms()[0]))

# channels and hosts
report('addChannel', lambda: type(admin.addChannel('container-binary', description='binary builds')).__name__)
report('getChannel', lambda: items(anonymous.getChannel('container-binary'), 'id'))
report('getChannel.unknown', lambda: anonymous.getChannel('nosuch'))
report('getChannel.strict', lambda: anonymous.getChannel('nosuch', strict=True))
report('user.addChannel', lambda: user.addChannel('mine'))
report('addHost', lambda: type(admin.addHost('pybuilder.example.com', ['x86_64'], password='host-pw')).__name__)
report('getHost', lambda: items(anonymous.getHost('pybuilder.example.com'), 'id', 'user_id'))
host = KojiSession(HUB)
host.login('pybuilder.example.com', 'host-pw')
host.exclusiveSession()
report('host.getLoggedInUser', lambda: host.getLoggedInUser()['usertype'])
report('addHostToChannel', lambda: admin.addHostToChannel('pybuilder.example.com', 'container-binary'))
report('listChannels.host', lambda: names(anonymous.listChannels(hostID='pybuilder.example.com')))
report('listHosts.channel', lambda: names(anonymous.listHosts(channelID='container-binary')))
report('getHost.unknown', lambda: anonymous.getHost('nosuch'))
report('getHost.strict', lambda: anonymous.getHost('nosuch', strict=True))
report('user.addHost', lambda: user.addHost('mine.example.com', ['x86_64']))

# tags and targets
report('createTag', lambda: type(admin.createTag('py-build', arches='x86_64,aarch64')).__name__)
report('getTag', lambda: items(anonymous.getTag('py-build'), 'id'))
report('createTag.duplicate', lambda: admin.createTag('py-build'))
report('createTag.dest', lambda: type(admin.createTag('py-dest')).__name__)
report('createBuildTarget', lambda: admin.createBuildTarget('py-target', 'py-build', 'py-dest'))
report('getBuildTarget', lambda: items(anonymous.getBuildTarget('py-target'), 'id', 'build_tag', 'dest_tag'))
report('getBuildTargets', lambda: names(anonymous.getBuildTargets()))
report('getBuildConfig', lambda: items(anonymous.getBuildConfig('py-build'), 'id'))
report('getTag.unknown', lambda: anonymous.getTag('nosuch'))
report('getTag.strict', lambda: anonymous.getTag('nosuch', strict=True))
report('getTag.badKeyword', lambda: anonymous.getTag('py-build', nosuch=1))
report('editTag2.lock', lambda: admin.editTag2('py-dest', locked=True))
report('getTag.locked', lambda: anonymous.getTag('py-dest')['locked'])
report('editTag2.unlock', lambda: admin.editTag2('py-dest', locked=False))
report('getTag.unlocked', lambda: anonymous.getTag('py-dest')['locked'])
report('user.editTag2', lambda: user.editTag2('py-dest', locked=True))
report('user.createBuildTarget', lambda: user.createBuildTarget('mine', 'py-build', 'py-dest'))

# package lists
report('packageListAdd', lambda: admin.packageListAdd('py-dest', 'py-container', owner=ADMIN))
report('getPackageConfig', lambda: items(anonymous.getPackageConfig('py-dest', 'py-container'),
                                         'package_id', 'tag_id', 'owner_id'))
report('getPackageConfig.unlisted', lambda: anonymous.getPackageConfig('py-dest', 'unlisted'))
report('packageListBlock', lambda: admin.packageListBlock('py-dest', 'py-container'))
report('getPackageConfig.blocked', lambda: anonymous.getPackageConfig('py-dest', 'py-container')['blocked'])
report('listPackages', lambda: names(anonymous.listPackages(tagID='py-dest'), 'package_name'))
report('user.packageListAdd', lambda: user.packageListAdd('py-dest', 'mine', owner='pyuser'))

# one multiCall: a failing call is answered with its fault, the others still happen
report('multiCall', lambda: [
    answer if isinstance(answer, dict) else type(answer[0]).__name__
    for answer in admin.multiCall([('addChannel', ('container-source',), {}),
                                   ('addChannel', ('container-binary',), {}),
                                   ('getChannel', ('container-source',), {'strict': True})])])
report('getChannel.afterMultiCall', lambda: anonymous.getChannel('container-source')['name'])
