#!/usr/bin/env python3
"""Imports a container build the way atomic-reactor does through koji.ClientSession, with only the
standard library: session headers with call numbers, keyword arguments as a trailing __starstar
struct. Prints one check per line: name<TAB>repr(value).

usage: koji_cg_import.py HUB_URL USER PASSWORD WORK_DIR UPLOAD_DIR TEMPLATE_JSON NAME VERSION TAG
"""
import json
import os
import sys
import urllib.request
import xmlrpc.client


class KojiLikeSession:
    """The parts of koji.ClientSession a content generator uses."""

    def __init__(self, url):
        self.url = url
        self.sinfo = None
        self.callnum = None

    def login(self, user, password):
        sinfo = self.call('login', user, password, opts=None)
        self.sinfo = sinfo
        self.callnum = 0
        return sinfo

    def call(self, method, *args, **kwargs):
        params = list(args)
        if kwargs:
            kwargs['__starstar'] = True
            params.append(kwargs)
        body = xmlrpc.client.dumps(tuple(params), method, allow_none=True).encode('utf-8')
        headers = {'Content-Type': 'text/xml', 'User-Agent': 'koji/1'}
        if self.sinfo is not None:
            headers['Koji-Session-Id'] = str(self.sinfo['session-id'])
            headers['Koji-Session-Key'] = self.sinfo['session-key']
            headers['Koji-Session-Callnum'] = str(self.callnum)
            self.callnum += 1
        request = urllib.request.Request(self.url, data=body, headers=headers, method='POST')
        with urllib.request.urlopen(request, timeout=60) as response:
            answer = response.read()
        # loads raises xmlrpc.client.Fault for a fault, as Koji's client does before converting it
        return xmlrpc.client.loads(answer, use_datetime=False)[0][0]


def report(name, value):
    print('%s\t%r' % (name, value), flush=True)


def fault(name, call):
    try:
        report(name, call())
    except xmlrpc.client.Fault as e:
        report(name, '%d %s' % (e.faultCode, e.faultString))


def main():
    url, user, password, work_dir, upload_dir, template, name, version, tag = sys.argv[1:10]
    session = KojiLikeSession(url)
    session.login(user, password)
    cg = 'atomic-reactor'

    release = session.call('getNextRelease', {'name': name, 'version': version})
    report('first_release', release)
    reservation = session.call('CGInitBuild', cg, {'name': name, 'version': version, 'release': release})
    report('token_length', len(reservation['token']))

    with open(template, encoding='utf-8') as f:
        metadata = json.load(f)
    metadata['build']['release'] = release
    metadata['build']['build_id'] = reservation['build_id']
    with open(os.path.join(work_dir, upload_dir, 'metadata.json'), 'w', encoding='utf-8') as f:
        json.dump(metadata, f, indent=2)
    build = session.call('CGImport', 'metadata.json', upload_dir, token=reservation['token'])
    nvr = build['nvr']
    report('imported', (nvr, build['state'], build['id'] == reservation['build_id'], build['owner_name']))

    report('get_build_by_nvr', session.call('getBuild', nvr)['build_id'] == build['build_id'])
    report('get_build_missing', session.call('getBuild', 'nosuch-1-1'))
    fault('get_build_strict', lambda: session.call('getBuild', 'nosuch-1-1', strict=True))

    archives = session.call('listArchives', buildID=build['build_id'], type='image')
    report('archives', sorted((a['filename'], a['arch'], a['btype'], a['extra']['docker']['tags'][0])
                              for a in archives))

    task_id = session.call('tagBuild', tag, nvr)
    report('tag_task_is_int', isinstance(task_id, int))
    tagged = session.call('listTagged', tag, latest=True, package=name)
    report('tagged', [b['nvr'] for b in tagged])
    newest = session.call('listBuilds', prefix=name, queryOpts={'order': '-build_id', 'limit': 1})
    report('newest', [b['nvr'] for b in newest])
    report('next_release', session.call('getNextRelease', {'name': name, 'version': version}))

    bad = dict(metadata, metadata_version=1)
    fault('bad_metadata', lambda: session.call('CGImport', bad, upload_dir))

    second = session.call('CGInitBuild', cg, {'name': name, 'version': version, 'release': '99'})
    report('refund', session.call('CGRefundBuild', cg, second['build_id'], second['token']))
    report('refunded_state', session.call('getBuild', second['build_id'])['state'])


if __name__ == '__main__':
    main()
