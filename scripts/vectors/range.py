#!/usr/bin/env python3
# Regenerate: python3 scripts/vectors/range.py
# Independent implementation of docs/FORMAT.md §3.5 (bucket rule, padding target, multi-leaf proof,
# binary answer) used to compute tests/vectors/warncheck/range.json.
import hashlib, json, math, base64, struct
def b64u(b): return base64.urlsafe_b64encode(b).rstrip(b'=').decode()
def ub64u(s): return base64.urlsafe_b64decode(s + '=' * (-len(s) % 4))
def bits(n):
    b=0
    while b<20 and 32*2**(b+1)<=n: b+=1
    return b
def isqrt_ceil(n):
    r=math.isqrt(n); return r if r*r==n else r+1
def ebound(n,b):
    m=max(1,-(-n//2**b)); return m+5*isqrt_ceil(m)+5
def depth(n):
    d=0
    while 2**d<n: d+=1
    return d
def hbound(e,d): return sum(min(e,2**t) for t in range(d))
FIXED=8+1+4+8+4+1+4+4
def target(n,b,cp,keys):
    e=ebound(n,b); x=FIXED+cp+min(255,keys)*130+e*355+hbound(e,depth(n))*32
    return -(-x//4096)*4096
def leaf(d): return hashlib.sha256(b'\x00'+d).digest()
def node(l,r): return hashlib.sha256(b'\x01'+l+r).digest()
def split(n):
    k=1
    while k*2<n: k*=2
    return k
def mth(leaves):
    if len(leaves)==1: return leaves[0]
    k=split(len(leaves)); return node(mth(leaves[:k]),mth(leaves[k:]))
def multi(leaves, idx, lo, hi, out):
    sel=[i for i in idx if lo<=i<hi]
    if not sel: out.append((lo,hi,mth(leaves[lo:hi]))); return
    if hi-lo==1: return
    k=split(hi-lo); multi(leaves,idx,lo,lo+k,out); multi(leaves,idx,lo+k,hi,out)
# a small log of synthetic statements: two headers, payloads of varying length, fixed signatures
hdrs=[b'{"alg":"EdDSA","kid":"key-one"}', b'{"alg":"EdDSA","kid":"key-two"}']
N=45
def mk(i):
    payload=('{"n":%d,"pad":"%s"}' % (i,'x'*(i%7))).encode()
    return b64u(hdrs[i%3==0])+'.'+b64u(payload)+'.'+b64u(bytes([(i*7+j)%256 for j in range(64)]))
jws=[mk(i) for i in range(N)]
leaves=[leaf(j.encode()) for j in jws]
idx=[3,4,17,30,44]
out=[]; multi(leaves,idx,0,N,out)
cp="example.org/log\n45\n"+base64.b64encode(mth(leaves)).decode()+"\n\n\u2014 example.org/log AAAA\n"
def encode(bits_,bucket,size,cp,entries,proof,tgt):
    headers=[]; rows=[]
    for i,j in entries:
        h,p,s=j.split('.')
        if h not in headers: headers.append(h)
        rows.append((i,headers.index(h),ub64u(p),ub64u(s)))
    cpb=cp.encode()
    b=b'wcrange1'+struct.pack('>BIQI',bits_,bucket,size,len(cpb))+cpb+struct.pack('>B',len(headers))
    for h in headers: hb=ub64u(h); b+=struct.pack('>H',len(hb))+hb
    b+=struct.pack('>I',len(rows))
    for i,h,p,s in rows: b+=struct.pack('>QBH',i,h,len(p))+p+s
    b+=struct.pack('>I',len(proof))+b''.join(proof)
    return b+b'\0'*((max(1,-(-len(b)//tgt))*tgt)-len(b))
ans=encode(1,1,N,cp,[(i,jws[i]) for i in idx],[h for _,_,h in out],4096)
h="b37b27e4bb2bd8b027b0a9548e47bf297681193474fbc8bfc6399fca8d1ac424"
sizes=[0,1,63,64,127,128,1821,100000,1000000,10000000,33554431,33554432,1000000000]
v={"comment":"warncheck look-up buckets and answers (docs/FORMAT.md §3.5), computed by an independent Python implementation of the section, not by the TypeScript. target_cp300_keys4: the padding target for a 300-byte checkpoint and 4 signing keys.",
 "sizes":[{"size":n,"bits":bits(n),"entry_bound":ebound(n,bits(n)),"proof_bound":hbound(ebound(n,bits(n)),depth(n)),"target_cp300_keys4":target(n,bits(n),300,4)} for n in sizes],
 "hash_hex":h,
 "buckets":[{"bits":b,"bucket":(int(h,16)>>(256-b)) if b else 0,"name":format((int(h,16)>>(256-b)) if b else 0,'x').zfill(max(1,-(-b//4)))} for b in [0,1,4,5,13,14,18,20]],
 "answer":{"log":jws,"root_b64":base64.b64encode(mth(leaves)).decode(),"indices":idx,"proof_ranges":[[lo,hi] for lo,hi,_ in out],"proof_b64":[base64.b64encode(x).decode() for _,_,x in out],
   "bits":1,"bucket":1,"checkpoint":cp,"target":4096,"bytes_b64":base64.b64encode(ans).decode(),"length":len(ans)}}
json.dump(v,open(__import__('os').path.join(__import__('os').path.dirname(__file__),'../../tests/vectors/warncheck/range.json'),'w'),indent=1,ensure_ascii=False)
print(v["sizes"][8], len(out), len(ans))
