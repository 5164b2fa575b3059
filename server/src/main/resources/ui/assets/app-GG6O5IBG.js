var ve,As,Qc,Zt,Gr,Wo,Ms,Uo,Ps,jr,Br,Zc,go=Symbol.for("pv"),Go={},Bo=[],Xc=/^m(i|n|o|s|text|space)$/,Kr=Array.isArray,jo=Bo.slice,Xt=Object.assign;function _n(e){e&&e.parentNode&&e.remove()}function Ko(e,t,n){var o,r,l,s={},a=arguments.length;for(l in t)l=="key"?o=t[l]:l=="ref"&&typeof e!="function"?r=t[l]:s[l]=t[l];return a>2&&(s.children=a>3?jo.call(arguments,2):n),Kn(e,s,o,r,null)}function Ds(e,t,n){var o,r,l,s=Xt({},e.props),a=arguments.length;for(l in t)l=="key"?o=t[l]:l=="ref"&&typeof e.type!="function"?r=t[l]:s[l]=t[l];return a>2&&(s.children=a>3?jo.call(arguments,2):n),Kn(e.type,s,o!==void 0?o:e.key,r!==void 0?r:e.ref,null)}function Kn(e,t,n,o,r){var l={type:e,props:t,key:n,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:go,__v:r||++As,__i:-1,__u:0};return!r&&ve.vnode&&ve.vnode(l),l}function Yo(e){return e.children}function Ho(e,t){this.props=e,this.context=t,this.__g=0}function en(e,t){if(t==null)return e.__&&en(e.__,e.__i+1);for(var n;t<e.__k.length;t++)if((n=e.__k[t])&&n.__e)return n.__e;return typeof e.type!="function"||e.props.__P?null:en(e)}function eu(e){var t,n=e.__v,o=n.__e,r=[],l=[],s=e.__P;s&&((t=Xt({constructor:go},n)).__v=n.__v+1,ve.vnode&&ve.vnode(t),Yr(s,t,n,e.__n,s.namespaceURI,32&n.__u?[o]:null,r,o||en(n),32&n.__u,l),t.__v=n.__v,t.__.__k[t.__i]=t,Fs(r,t,l),n.__=n.__e=null,t.__e!=o&&Ls(t))}function Ls(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Ls(e)}function Es(e){(8&e.__g||(e.__g|=8,Zt.push(e),Wo++))&&Gr==ve.debounceRendering||((Gr=ve.debounceRendering)||queueMicrotask)(Rs)}function Rs(){try{for(var e,t=1;Zt.length;)Zt.length>t&&Zt.sort(Ms),e=Zt.shift(),t=Zt.length,8&e.__g&&eu(e)}finally{(Wo=Zt.length)&&(Gr||queueMicrotask)(Rs)}}function Ns(e,t,n,o,r,l,s,a,u,d,p){var m,g,_,w,k,x,A=o.__k||Bo,v=t.length;for(u=tu(n,t,A,u,v),m=0;m<v;m++)(_=n.__k[m])!=null&&(g=~_.__i&&A[_.__i]||Go,_.__i=m,x=Yr(e,_,g,r,l,s,a,u,d,p),w=_.__e,(g.ref!=_.ref||8&g.__u)&&(g.ref&&Jr(g.ref,null,_,g),_.ref&&p.push(_.ref,_.__c||w,_)),k=k||w,4&_.__u?(u=Os(_,u,e,!g.__v),g.__e&&(g.__e=null)):typeof _.type=="function"&&x!==void 0?u=x:w&&(u=w.nextSibling),_.__u&=-21);return n.__e=k,u}function tu(e,t,n,o,r){var l,s,a,u,d,p,m,g,_,w=n.length,k=w,x=0,A=0,v=e.__k=Array(r);for(l=0;l<r;l++)(s=t[l])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=v[l]=Kn(null,s):Kr(s)?s=v[l]=Kn(Yo,{children:s}):s.constructor===go&&s.__b?s=v[l]=Kn(s.type,s.props,s.key,s.ref,s.__v):v[l]=s,u=l+x,s.__=e,s.__b=e.__b+1,a=null,~(d=s.__i=nu(s,n,u,k))&&(k--,(a=n[d])&&(a.__u|=2)),a&&a.__v?(s.__u|=16,d==u-1?x--:d==u+1?x++:d!=u&&(d>u?x--:x++,A=1)):(~d||(r>w?x--:r<w&&x++),typeof s.type!="function"&&(s.__u|=4))):v[l]=null;if(A){for(p=[],m=[],l=0;l<r;l++)if((s=v[l])&&16&s.__u){for(x=0,g=p.length;x<g;)p[_=x+g>>1]<s.__i?x=_+1:g=_;p[x]=s.__i,m[l]=x+1}for(x=p.length;l--;)m[l]&&(m[l]==x?x--:v[l].__u|=4)}if(k)for(l=0;l<w;l++)!(a=n[l])||2&a.__u||(a.__e==o&&(o=en(a)),Qr(a,a));return o}function Os(e,t,n,o){var r,l,s,a;if(typeof e.type=="function"){if(e.props.__P)return t;if(r=e.__k)for(l=0;l<r.length;l++)r[l]&&(r[l].__=e,t=Os(r[l],t,n,!1));return t}for(t&&!t.parentNode&&(t=en(e))&&!t.parentNode&&(t=null),s=e.__e,a=t;a&&a.nodeType==8;)a=a.nextSibling;for(s!=a&&(!o&&n.moveBefore&&s.parentNode?n.moveBefore(s,t):n.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function nu(e,t,n,o){var r,l=e.key,s=e.type,a=t[n],u=a&&!(2&a.__u);if(a===null&&l==null||u&&l==a.key&&s==a.type)return n;if(o>(u?1:0)){for(r=n-1;r>=0;r--)if((a=t[r])&&!(2&a.__u)&&l==a.key&&s==a.type)return r;for(r=n+1;r<t.length;r++)if((a=t[r])&&!(2&a.__u)&&l==a.key&&s==a.type)return r}return-1}function Cs(e,t,n){n==null&&(n=""),t[0]=="-"?e.setProperty(t,n):e[t]=n}function zo(e,t,n,o,r){var l,s;if(t=="style")if(typeof n=="string")e.style.cssText=n;else{if(typeof o=="string"&&(e.style.cssText=o=""),o)for(t in o)n&&t in n||Cs(e.style,t);if(n)for(t in n)o&&n[t]==o[t]||Cs(e.style,t,n[t])}else if(t[0]=="o"&&t[1]=="n")typeof n!="function"&&(n=null),typeof o!="function"&&(o=null),(e.__e||(e.__e={}))[t]=n,n&&o||(s=Br[t]||(Br[t]=ou(t)),(e.__a||(e.__a={}))[t]=jr,l=t!=(t=t.replace(Ps,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),n?e.addEventListener(t,s,l):e.removeEventListener(t,s,l));else{if(r=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=n??"")}catch{}if(typeof n=="function")return;n==null||n===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&n==1?"":n)}}function ou(e){return function(t){var n=this.__e;if(n){if(n=n[e],t[Uo]==null)t[Uo]=jr++;else if(t[Uo]<this.__a[e])return;return n(ve.event?ve.event(t):t)}}}function Yr(e,t,n,o,r,l,s,a,u,d){var p,m,g,_,w,k,x,A,v,D,E,O,S,R,I,Y,G,C,H=t.type;if(t.constructor!==go)return null;128&n.__u&&(u=32&n.__u,p=n.__c.__z)&&(t.__u|=u,m=l=[],p.nodeType==8?a=Vo(p,l):l.push(p),a=l[0]||a),(p=ve.__b)&&p(t);e:if(typeof H=="function"){g=s.length;try{if(A=t.props,v=(p=H.prototype)&&p.render,D=(p=H.contextType)&&o[p.__c],E=p?D?D.props.value:p.__:o,(_=n.__c)?(t.__c=_,2&_.__g&&(_.__g|=1)):(v?t.__c=_=new H(A,E):(t.__c=_=new Ho(A,E),_.constructor=H,_.render=lu),D&&D.sub(_),_.state||(_.state={}),_.__n=o,_.__g|=8,_.__h=[],_.__k=[]),v&&(_.__s||(_.__s=_.state),H.getDerivedStateFromProps&&(_.__s==_.state&&(_.__s=Xt({},_.__s)),Xt(_.__s,H.getDerivedStateFromProps(A,_.__s)))),w=_.props,k=_.state,_.__v=t,n.__c){if(A!==w&&v&&!H.getDerivedStateFromProps&&_.componentWillReceiveProps&&_.componentWillReceiveProps(A,E),t.__v==n.__v&&!(8&_.__g)||!(4&_.__g)&&_.shouldComponentUpdate&&_.shouldComponentUpdate(A,_.__s,E)===!1){t.__v!=n.__v&&(_.props=A,_.state=_.__s,_.__g&=-9),t.__e=n.__e,t.__k=n.__k,t.__k.some(function(N){N&&(N.__=t)}),Bo.push.apply(_.__h,_.__k),_.__k=[],_.__h.length&&s.push(_),a=en(n);break e}_.componentWillUpdate&&_.componentWillUpdate(A,_.__s,E),v&&_.componentDidUpdate&&_.__h.push(function(){_.componentDidUpdate(w,k,x)})}else v&&!H.getDerivedStateFromProps&&_.componentWillMount&&_.componentWillMount(),v&&_.componentDidMount&&_.__h.push(_.componentDidMount);_.context=E,_.props=A,_.__P=e,_.__g&=-5,O=ve.__r,S=v?25:0;do _.__g&=-9,O&&O(t),p=_.render(_.props,_.state=_.__s,_.context);while(8&_.__g&&++S<25);v&&(Bo.push.apply(_.__h,_.__k),_.__k=[]),_.state=_.__s,_.getChildContext&&(o=Xt({},o,_.getChildContext())),v&&n.__c&&_.getSnapshotBeforeUpdate&&(x=_.getSnapshotBeforeUpdate(w,k)),R=p&&p.type===Yo&&p.key==null?p.props.children:p,A.__P&&(p=a,r=(e=A.__P).namespaceURI,u=l=null,n.props&&n.props.__P!=e&&(n.__k.some(function(N){N&&Qr(N,N)}),n.__k=null),a=n.__k?en(n,0):null),a=Ns(e,Kr(R)?R:[R],t,n,o,r,l,s,a,u,d),A.__P&&(t.__e=null,a=p),t.__u&=-161,m&&m.some(_n),_.__h.length&&s.push(_),1&_.__g&&(_.__g&=-4)}catch(N){if(s.length=g,t.__v=null,u||l)if(N&&N.then){if(t.__u|=128|u,l){for(~(G=l.indexOf(a||void 0))||(G=l.length);(C=l[G-1])&&C.nodeType==8;)G--;for(;G<l.length;G++)if(C=l[G])if(l[G]=null,I){if(C==Y)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(Y=Vo(I=C))}}if(!I){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;I=a}(p=Vo(I=t.__c.__z||(t.__c.__z=I)))?(t.__e=I,a=p):t.__e=a,a=a&&a.nextSibling}else l&&l.some(_n);else t.__e=n.__e;t.__k||(t.__k=n.__k||[]),N&&N.then||Is(t),ve.__e(N,t,n)}}else a=t.__e=ru(n.__e,t,n,o,r,l,s,u,d,e);return(p=ve.diffed)&&p(t),a}function Vo(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var n=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))n++;else if(e.data.startsWith("/$s")&&!--n)return e}t&&t.push(e)}}function Is(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Is))}function Fs(e,t,n){for(var o=0;o<n.length;)Jr(n[o++],n[o++],n[o++]);ve.__c&&ve.__c(t,e),e.some(function(r){try{e=r.__h,r.__h=[],e.some(function(l){l.call(r)})}catch(l){ve.__e(l,r.__v)}})}function ru(e,t,n,o,r,l,s,a,u,d){var p,m,g,_,w,k,x,A,v=n.props||Go,D=t.props,E=t.type;if(E=="svg"?r="http://www.w3.org/2000/svg":E=="math"?r="http://www.w3.org/1998/Math/MathML":r||(r="http://www.w3.org/1999/xhtml"),l){for(p=0;p<l.length;p++)if((w=l[p])&&(E?w.localName==E:w.nodeType==3)){e=w,l[p]=null;break}}if(!e){if(A=d.ownerDocument||document,!E)return A.createTextNode(D);e=A.createElementNS(r,E,D.is?D:d),a&&(ve.__m&&ve.__m(t,l),a=!1),l=null}if(E){if(d=E=="template"&&e.content||e,l=E=="textarea"&&D.defaultValue!=null?null:l&&jo.call(d.childNodes),!a&&l)for(v={},p=0;p<e.attributes.length;p++)v[(w=e.attributes[p]).name]=w.value;for(p in v)w=v[p],p=="dangerouslySetInnerHTML"?g=w:p=="children"||p in D||p=="value"&&"defaultValue"in D||p=="checked"&&"defaultChecked"in D||zo(e,p,null,w,r);for(p in D)w=D[p],p=="children"?_=w:p=="dangerouslySetInnerHTML"?m=w:p=="value"?k=w:p=="checked"?x=w:a&&typeof w!="function"||v[p]===w||zo(e,p,w,v[p],r);m?(a||g&&(m.__html==g.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(g&&(e.textContent=""),(E=="foreignObject"||r=="http://www.w3.org/1998/Math/MathML"&&Xc.test(E))&&(r="http://www.w3.org/1999/xhtml"),Ns(d,Kr(_)?_:[_],t,n,o,r,l,s,l?l[0]:n.__k&&en(n,0),a,u),l&&l.some(_n)),a&&E!="textarea"||(p="value",E=="progress"&&k==null?e.removeAttribute(p):k==null||k===e[p]&&(E!="progress"||k)||zo(e,p,k,v[p],r),p="checked",x!=null&&x!=e[p]&&zo(e,p,x,v[p],r))}else v===D||a&&e.data==D||(e.data=D);return e}function Jr(e,t,n,o){try{typeof e=="function"?t?t.__x=e(t)||1:o&&(o=o.__c||o.__e)&&(t=o.__x)&&(o.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(r){ve.__e(r,n)}}function Qr(e,t,n){var o,r,l,s;if(ve.unmount&&ve.unmount(e),!(o=e.ref)||o.current&&o.current!=e.__e||Jr(o,null,t,e),o=e.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(a){ve.__e(a,t)}o.__P=o.__n=null}if(o=e.__k)for(s=0;s<o.length;s++)o[s]&&Qr(o[s],t,typeof e.type!="function"||n&&!e.props.__P);!n&&(o=e.__c)&&(o=o.__z)&&(r=Vo(o,l=[]))&&(o==e.__e&&l.some(_n),_n(r),_n(o)),n||_n(e.__e),e.__e=e.__c=e.__=null}function lu(e,t,n){return this.constructor(e,n)}function qs(e,t){var n,o,r,l;ve.__&&ve.__(e,t),t.nodeType==9&&(t=t.documentElement),o=(n=e&&32&e.__u)?null:t.__k,t.__k=Kn(Yo,{children:[e]}),r=[],l=[],Yr(t,t.__k,o||Go,Go,t.namespaceURI,o?null:t.firstChild?jo.call(t.childNodes):null,r,o?o.__e:t.firstChild,n,l),Fs(r,t.__k,l),t.__k.props.children=null}ve={__e:function(e,t,n,o){for(var r,l,s;t=t.__;)if((r=t.__c)&&!(1&r.__g)){r.__g|=4;try{if((s=(l=r.constructor)&&l.getDerivedStateFromError)&&r.setState(l.getDerivedStateFromError(e)),r.componentDidCatch&&(r.componentDidCatch(e,o||{}),s=1),s&&8&r.__g)return void(r.__g|=2)}catch(a){e=a}}throw Wo=0,e}},As=0,Qc=function(e){return e!=null&&e.constructor===go},Ho.prototype.setState=function(e,t){var n=this.__s;n&&n!=this.state||(n=this.__s=Xt({},this.state)),typeof e=="function"&&(e=e(Xt({},n),this.props)),e&&(Xt(n,e),this.__v&&(t&&this.__k.push(t),Es(this)))},Ho.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Es(this))},Ho.prototype.render=Yo,Zt=[],Wo=0,Ms=function(e,t){return e.__v.__b-t.__v.__b},Uo=Symbol(),Ps=/(PointerCapture)$|Capture$/i,jr=0,Br={},Zc=0;var Us=function(e,t,n,o){var r;t[0]=0;for(var l=1;l<t.length;l++){var s=t[l++],a=t[l]?(t[0]|=s?1:2,n[t[l++]]):t[++l];s===3?o[0]=a:s===4?o[1]=Object.assign(o[1]||{},a):s===5?(o[1]=o[1]||{})[t[++l]]=a:s===6?o[1][t[++l]]+=a+"":s?(r=e.apply(a,Us(e,a,n,["",null])),o.push(r),a[0]?t[0]|=2:(t[l-2]=0,t[l]=r)):o.push(a)}return o},zs=new Map;function Jo(e){var t=zs.get(this);return t||(t=new Map,zs.set(this,t)),(t=Us(this,t.get(e)||(t.set(e,t=(function(n){for(var o,r,l=1,s="",a="",u=[0],d=function(g){l===1&&(g||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,g,s):l===3&&(g||s)?(u.push(3,g,s),l=2):l===2&&s==="..."&&g?u.push(4,g,0):l===2&&s&&!g?u.push(5,0,!0,s):l>=5&&((s||!g&&l===5)&&(u.push(l,0,s,r),l=6),g&&(u.push(l,g,0,r),l=6)),s=""},p=0;p<n.length;p++){p&&(l===1&&d(),d(p));for(var m=0;m<n[p].length;m++)o=n[p][m],l===1?o==="<"?(d(),u=[u],l=3):s+=o:l===4?s==="--"&&o===">"?(l=1,s=""):s=o+s[0]:a?o===a?a="":s+=o:o==='"'||o==="'"?a=o:o===">"?(d(),l=1):l&&(o==="="?(l=5,r=s,s=""):o==="/"&&(l<5||n[p][m+1]===">")?(d(),l===3&&(u=u[0]),l=u,(u=u[0]).push(2,0,l),l=0):o===" "||o==="	"||o===`
`||o==="\r"?(d(),l=2):s+=o),l===3&&s==="!--"&&(l=4,u=u[0])}return d(),u})(e)),t),arguments,[])).length>1?t:t[0]}var y=Jo.bind(Ko);var Yn,Ne,Zr,Hs,Xr=Object.is,bo=0,Qs=[],el=[],Re=ve,Vs=Re.__b,Ws=Re.__r,Gs=Re.diffed,Bs=Re.__c,js=Re.unmount,Ks=Re.__;function Qo(e,t){Re.__h&&Re.__h(Ne,e,bo||t),bo=0;var n=Ne.__H||(Ne.__H={__:[],__h:[]});return e>=n.__.length&&n.__.push({}),n.__[e]}function P(e){return bo=1,su(Xs,e)}function su(e,t,n){var o=Qo(Yn++,2);if(o.t=e,!o.__c&&(o.__=[n?n(t):Xs(void 0,t),function(l){var s=(o.__N||o.__)[0],a=o.t(s,l);Xr(s,a)||(o.__N=[a,o.__[1]],o.__c.setState({}))}],o.__c=Ne,!Ne.__f)){Ne.__f=!0;var r=Ne.shouldComponentUpdate;Ne.shouldComponentUpdate=function(l,s,a){var u=this.__H;if(!u)return!0;var d=!1,p=this.props!=l;if(u.__.some(function(g){g.__N&&(d=!0,Xr(g.__[0],g.__N[0])||(p=!0))}),r){var m=r.call(this,l,s,a);return d?m||p:m}return!d||p}}return o.__}function ce(e,t){var n=Qo(Yn++,3);!Re.__s&&Zs(n.__H,t)&&(n.__P=!0,n.__=e,n.u=t,Ne.__H.__h.push(n))}function De(e){return bo=5,Zo(function(){return{current:e}},[])}function Zo(e,t){var n=Qo(Yn++,7);return Zs(n.__H,t)&&(n.__=e(),n.__H=t),n.__}function tn(e,t){return bo=8,Zo(function(){return e},t)}function nl(){var e=Qo(Yn++,11);if(!e.__){for(var t=Ne.__v;!t.__m&&t.__;)t=t.__;var n=t.__m||(t.__m=[0,0]);e.__="P"+n[0]+"-"+n[1]++}return e.__}function iu(){var e;do{for(;e=el.shift();)try{_o(e)}catch(n){Re.__e(n,{__:(e=e.__P)&&e.__v})}for(;e=Qs.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(_o),t.__h.some(tl),t.__h=[]}catch(n){t.__h=[],Re.__e(n,e.__v)}}}while(el.length)}Re.__b=function(e){Ne=null,Vs&&Vs(e)},Re.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ks&&Ks(e,t)},Re.__r=function(e){Ws&&Ws(e),Yn=0;var t=(Ne=e.__c).__H;t&&(Zr==Ne?Ne.__h=[]:(t.__h.some(_o),t.__h.some(tl),Yn=0),t.__h=[],t.__.some(function(n){n.__N&&(n.__=n.__N),n.u=n.__N=void 0})),Zr=Ne},Re.diffed=function(e){Gs&&Gs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Js(Qs.push(t)),t.__H.__.some(function(n){n.u&&(n.__H=n.u)})),Zr=Ne=null},Re.__c=function(e,t){t.some(function(n){try{n.__h.some(_o),n.__h=n.__h.filter(function(o){return!o.__||tl(o)})}catch(o){n.__h=[function(){throw o}]}}),Bs&&Bs(e,t)},Re.unmount=function(e){js&&js(e);var t,n,o=e.__c;o&&o.__H&&(o.__H.__.some(function(r){try{if(r.__P&&r.__c){if(n===void 0){for(n=e.__;n&&(!n.__c||!n.__c.__P);)n=n.__;n=n&&n.__c}r.__P=n,Js(el.push(r))}else _o(r)}catch(l){t=l}}),o.__H=void 0,t&&Re.__e(t,o.__v))};var Ys=typeof requestAnimationFrame=="function";function au(e){var t,n=function(){clearTimeout(o),Ys&&cancelAnimationFrame(t),setTimeout(e)},o=setTimeout(n,35);Ys&&(t=requestAnimationFrame(n))}function Js(e){e!=1&&Hs==Re.requestAnimationFrame||((Hs=Re.requestAnimationFrame)||au)(iu)}function _o(e){var t=Ne,n=e.__c;typeof n=="function"&&(e.__c=void 0,n()),Ne=t}function tl(e){var t=Ne;e.__c=e.__(),Ne=t}function Zs(e,t){return!e||e.length!=t.length||t.some(function(n,o){return!Xr(n,e[o])})}function Xs(e,t){return typeof t=="function"?t(e):t}var yo=class extends Error{constructor(t,n,o){super(n),this.name="ApiError",this.status=t,this.code=o||""}},ol="",ei=()=>{};function rl(e){ol=e||""}function ti(e){ei=e}function cu(e,t,n){let o={accept:n};return t!==void 0&&(o["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&ol&&(o["x-csrf-token"]=ol),o}async function ni(e,t,n,o,r){try{return await fetch(t,{method:e,headers:cu(e,n,o),body:n===void 0?void 0:JSON.stringify(n),credentials:"same-origin",cache:"no-store",signal:r})}catch(l){throw l.name==="AbortError"?l:new yo(0,"The gateway could not be reached: "+l.message)}}function oi(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function ri(e,t){let n=await e.text().catch(()=>""),o=null;try{o=n?JSON.parse(n):null}catch{o=null}let r=n&&!o&&n.length<300?n:`${e.status} ${e.statusText||"error"}`,{message:l,code:s}=oi(o,r);return e.status===401&&!t.startsWith("/ui/api/session")&&ei(),new yo(e.status,l,typeof s=="string"?s:"")}async function Q(e,t,n){let o=await ni(e,t,n,"application/json");if(!o.ok)throw await ri(o,t);let r=await o.text();return r?JSON.parse(r):null}async function li(e,t,n,o,r){let l=await ni("POST",e,t,"text/event-stream",o);if(!l.ok)throw await ri(l,e);r&&r(l);let s=l.body.pipeThrough(new TextDecoderStream).getReader(),a="",u=[],d="message",p=()=>{if(!u.length)return d="message",!1;let m=u.join(`
`),g=d;if(u=[],d="message",m==="[DONE]")return!0;let _;try{_=JSON.parse(m)}catch{_=m}if(_&&typeof _=="object"&&_.error){let w=oi(_,"The stream failed");throw new yo(l.status,w.message,w.code||_.error.type)}return n(_,g),!1};for(;;){let{value:m,done:g}=await s.read();if(g)break;a+=m;let _=a.split(/\r\n|\r|\n/);a=_.pop();for(let w of _)if(w===""){if(p())return s.cancel().catch(()=>{}),l}else w.startsWith("data:")?u.push(w.slice(w.startsWith("data: ")?6:5)):w.startsWith("event:")&&(d=w.slice(6).trim())}return a.startsWith("data:")&&u.push(a.slice(a.startsWith("data: ")?6:5)),p(),l}function xe({label:e="Loading…"}){return y`<p role="status" class="loading">${e}</p>`}function se({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return y`<div role="alert" class="alert">${t}</div>`}function ft({title:e,onClose:t,children:n,wide:o}){let r=De(null),l=De(!1),s=nl();return ce(()=>{let d=r.current,p=document.activeElement;d.showModal();let m=d.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return m&&m.focus(),()=>{l.current=!0,d.open&&d.close(),p&&p.isConnected&&p.focus()}},[]),y`<dialog ref=${r} class=${o?"dialog wide":"dialog"} aria-labelledby=${s}
      onCancel=${d=>{d.preventDefault(),t()}} onClose=${()=>{l.current||t()}}>
    <div class="dialog-head">
      <h2 id=${s}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </div>
    ${n}
  </dialog>`}function bn({title:e,message:t,confirmLabel:n,onConfirm:o,onClose:r}){let[l,s]=P(!1),[a,u]=P(null);return y`<${ft} title=${e} onClose=${r}>
    <p>${t}</p>
    <${se} error=${a} />
    <div class="actions">
      <button type="button" onClick=${r} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${l} onClick=${async()=>{s(!0),u(null);try{await o(),r()}catch(p){u(p),s(!1)}}}>${n}</button>
    </div>
  <//>`}function Z({label:e,hint:t,children:n,className:o}){let r=nl(),l=t?r+"-hint":void 0,s=Ds(n,{id:r,"aria-describedby":l});return y`<div class=${"field "+(o||"")}>
    <label for=${r}>${e}</label>
    ${s}
    ${t&&y`<small id=${l} class="hint">${t}</small>`}
  </div>`}function ii({label:e,checked:t,onChange:n,disabled:o}){return y`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${o}
      onChange=${r=>n(r.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function ai({value:e}){if(!e)return y`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return y`<code class="masked">${t}</code>`}var si={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function ci({state:e}){let[t,n]=si[e]||si.CONNECTING;return y`<span class=${"badge "+n}><span class="dot" aria-hidden="true"></span>${t}</span>`}var uu=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],fu=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function du(e,t=Date.now()){let n=Date.parse(e);if(!e||Number.isNaN(n))return"";let o=Math.round((n-t)/1e3);for(let[r,l]of uu)if(Math.abs(o)>=l||r==="second")return fu.format(Math.round(o/l),r);return""}function nn({time:e,never:t="never"}){return e?y`<time datetime=${e} title=${new Date(e).toLocaleString()}>${du(e)}</time>`:y`<span class="muted">${t}</span>`}function qt(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function Xo(e){let t=qt(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var ll="/ui/api/session";function ui(e){return rl(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function fi(){try{return ui(await Q("GET",ll))}catch(e){if(e.status===401)return null;throw e}}async function di(e){return ui(await Q("POST",ll,{credential:e}))}async function pi(){try{await Q("DELETE",ll)}finally{rl("")}}var pu={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function sl(e,t){let n=pu[t];return!!n&&n(e)}function vo(e){return e==="admin"||e==="operator"||e==="member"}function mi({onSignedIn:e,notice:t}){let[n,o]=P(""),[r,l]=P(!1),[s,a]=P(null);return y`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async d=>{d.preventDefault(),l(!0),a(null);try{let p=await di(n.trim());o(""),e(p)}catch(p){a(p),l(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&y`<p class="notice" role="status">${t}</p>`}
      <${Z} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${n}
          onInput=${d=>o(d.currentTarget.value)} />
      <//>
      <${se} error=${s} />
      <button type="submit" class="primary" disabled=${r||!n.trim()}>Sign in</button>
    </form>
  </main>`}function hi(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function gi(){let[e,t]=P(hi());return ce(()=>{let n=()=>t(hi());return window.addEventListener("hashchange",n),()=>window.removeEventListener("hashchange",n)},[]),e}function er(e,t){let[n,o]=P(void 0),[r,l]=P(null),s=De(e);s.current=e;let a=De(!1),u=De(!1),d=tn(async()=>{if(a.current){u.current=!0;return}a.current=!0;try{o(await s.current()),l(null)}catch(p){l(p)}finally{a.current=!1,u.current&&(u.current=!1,d())}},[]);return ce(()=>{let p=null,m=()=>{p===null&&!document.hidden&&(p=setInterval(d,t))},g=()=>{clearInterval(p),p=null},_=()=>{document.hidden?g():(d(),m())};return d(),m(),document.addEventListener("visibilitychange",_),()=>{g(),document.removeEventListener("visibilitychange",_)}},[t]),{data:n,error:r,refresh:d}}var tr=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function _i({provider:e,canChange:t,onEdit:n,onDelete:o,onChanged:r}){let[l,s]=P(""),[a,u]=P(null),[d,p]=P(!1),m=e.enabled!==!1,g=async k=>{p(!0),u(null);try{await Q("PATCH",`${tr(e.name)}?update_mask=enabled`,{enabled:k}),r()}catch(x){u(x)}finally{p(!1)}},_=k=>s(l===k?"":k),w=e.usage_24h;return y`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${ci} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&y`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&y`<span class="muted">(<${nn} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${ai} value=${e.api_key_masked} /></dd>
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${nn} time=${e.state_time} never="—" /></dd>
      ${w&&y`<dt>Last 24 h</dt><dd>${mu(w)}</dd>`}
    </dl>
    ${t&&y`<div class="buttons">
      <button type="button" aria-expanded=${l==="test"} onClick=${()=>_("test")}>Test connection</button>
      <button type="button" aria-expanded=${l==="prompt"} onClick=${()=>_("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${l==="models"} onClick=${()=>_("models")}>Models</button>
      <button type="button" onClick=${n}>Edit</button>
      <button type="button" onClick=${o}>Delete</button>
      <${ii} label="Enabled" checked=${m} disabled=${d} onChange=${g} />
    </div>`}
    <${se} error=${a} />
    ${l==="test"&&y`<${hu} name=${e.name} onDone=${r} />`}
    ${l==="prompt"&&y`<${gu} name=${e.name} onDone=${r} />`}
    ${l==="models"&&y`<${_u} name=${e.name} />`}
  </article>`}function mu(e){let t=e.totals||{},n=l=>Number(l||0),o=[`${n(t.requests)} requests`];n(t.errors)&&o.push(`${n(t.errors)} errors`);let r=n(t.prompt_tokens)+n(t.completion_tokens);return r&&o.push(`${r.toLocaleString("en")} tokens`),n(t.cost_nanos)&&o.push(`$${t.cost_usd}`),n(t.requests)&&o.push(`p50 ${n(t.latency_p50_ms)} ms`),o.join(" · ")}function hu({name:e,onDone:t}){let[n,o]=P(null),[r,l]=P(null);return ce(()=>{Q("POST",`${tr(e)}:test`,{}).then(s=>{o(s),t()},l)},[]),r?y`<${se} error=${r} />`:n?n.ok?y`<div class="result" role="status">
    <strong class="success">Reachable</strong> in ${Xo(n.latency)} · ${n.model_count||0} models
  </div>`:y`<div class="result" role="alert"><strong>Failed</strong>${n.latency?` after ${Xo(n.latency)}`:""}: ${n.error}</div>`:y`<div class="result"><${xe} label="Testing…" /></div>`}function gu({name:e,onDone:t}){let[n,o]=P("Say hi"),[r,l]=P(!1),[s,a]=P(null),[u,d]=P(null);return y`<form class="result" onSubmit=${async m=>{m.preventDefault(),l(!0),d(null),a(null);try{a(await Q("POST",`${tr(e)}:test`,{prompt:n})),t()}catch(g){d(g)}finally{l(!1)}}}>
    <div class="row">
      <${Z} label="Prompt" hint="At most 30 characters.">
        <input value=${n} maxlength="30" required onInput=${m=>o(m.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${r||!n.trim()}>Send</button>
    </div>
    ${r&&y`<${xe} label="Waiting for the reply…" />`}
    <${se} error=${u} />
    ${s&&(s.ok?y`<div role="status"><p><strong class="success">${Xo(s.prompt_latency||s.latency)}</strong>
          ${s.model&&y` · <code>${s.model}</code>`}</p>
          <blockquote class="reply">${s.reply}</blockquote></div>`:y`<div role="alert" class="alert">${s.error}</div>`)}
  </form>`}function _u({name:e}){let[t,n]=P(null),[o,r]=P(null);return ce(()=>{Q("GET",`${tr(e)}/models`).then(l=>n(l.models||[]),r)},[]),o?y`<${se} error=${o} />`:t?y`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(l=>y`<li key=${l.id}><code>${l.id}</code></li>`)}</ul>
  </div>`:y`<div class="result"><${xe} /></div>`}function bi({rows:e,onChange:t}){let n=(l,s)=>t(e.map((a,u)=>u===l?{...a,...s}:a)),o=l=>t(e.filter((s,a)=>a!==l)),r=()=>t([...e,{name:"",value:"",secret:!1}]);return y`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&y`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((l,s)=>y`<div class="row header-row" key=${s}>
      <${Z} label="Header name">
        <input value=${l.name} autocomplete="off" spellcheck="false"
          onInput=${a=>n(s,{name:a.currentTarget.value})} />
      <//>
      <${Z} label="Header value" hint=${l.masked&&!l.value?`Saved as ${l.masked}; type to replace`:void 0}>
        <input type=${l.secret?"password":"text"} value=${l.value} autocomplete="off" spellcheck="false"
          placeholder=${l.masked||""}
          onInput=${a=>n(s,{value:a.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${l.secret}
          onChange=${a=>n(s,{secret:a.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>o(s)} aria-label=${`Remove header ${l.name||s+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${r}>Add header</button>
  </fieldset>`}function yi(e){let t=Object.entries(e.headers||{}).map(([o,r])=>({name:o,value:r,secret:!1})),n=Object.entries(e.secret_headers_masked||{}).map(([o,r])=>({name:o,value:"",masked:r,secret:!0,saved:!0}));return[...t,...n]}function vi(e,t){let n={},o={},r=e.filter(a=>a.name.trim());for(let a of r)(a.secret?o:n)[a.name.trim()]=a.value;let l=r.filter(a=>a.secret),s=l.length===t.length&&l.every(a=>a.saved&&!a.touched&&t.includes(a.name.trim()));if(!s&&l.some(a=>!a.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:n,secretHeaders:o,secretsChanged:!s}}var bu=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],yu={anthropic:"x-api-key",gemini:"x-goog-api-key"},vu={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function $u({protocol:e,host:t,port:n,basePath:o}){if(!t)return"";let r=e==="https"&&+n==443||e==="http"&&+n==80,l=o&&!o.startsWith("/")?"/"+o:o||"";return`${e}://${t}${n&&!r?":"+n:""}${l}`}function $i(e){try{let t=new URL(e),n=t.protocol.replace(":","");if(n!=="http"&&n!=="https")return null;let o=t.port||(n==="https"?"443":"80");return{protocol:n,host:t.hostname,port:o,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function nr(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function wu(e){return e?{...$i(e.base_url||"")||nr({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(qt(e.timeout)||120),rows:yi(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],...nr({})}}function il({provider:e,onSaved:t,onClose:n}){let o=!!e,[r,l]=P(null),[s,a]=P(null),[u,d]=P(()=>wu(e)),[p,m]=P(!1),[g,_]=P(null);ce(()=>{Q("GET","/admin/v1/presets").then(S=>{let R=S.presets||[];if(l(R),!o&&R.length){let I=R.find(Y=>Y.name==="custom")||R[0];d(Y=>({...Y,preset:I.name,...nr(I)}))}},a)},[]);let w=(r||[]).find(S=>S.name===u.preset)||{},k=S=>d(R=>({...R,...S})),x=S=>d(R=>{let I={...R,...S};return{...I,baseUrl:$u(I)}}),A=S=>d(R=>({...R,baseUrl:S,...$i(S)||{}})),v=S=>{let R=r.find(I=>I.name===S);d(I=>({...I,preset:S,...nr(R)}))},D=w.name&&w.name!=="custom"?w.auth_type:yu[u.format]||"bearer",E=async S=>{S.preventDefault(),_(null),m(!0);try{let R=await ku(e,u,w);t(R)}catch(R){_(R),m(!1)}},O=o?`Edit provider ${e.name}`:"Add provider";return s?y`<${ft} title=${O} onClose=${n}><${se} error=${s} /><//>`:r?y`<${ft} title=${O} onClose=${n} wide>
    <form onSubmit=${E} novalidate>
      <div class="row">
        <${Z} label="Preset" hint=${o?"Fixed once the provider exists.":w.local?"Usually runs on this machine.":void 0}>
          <select value=${u.preset} disabled=${o} onChange=${S=>v(S.currentTarget.value)}>
            ${r.map(S=>y`<option value=${S.name}>${S.display_name||S.name}</option>`)}
          </select>
        <//>
        <${Z} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${u.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${S=>k({name:S.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${Z} label="Protocol">
            <select value=${u.protocol} onChange=${S=>x({protocol:S.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${Z} label="Host">
            <input value=${u.host} autocomplete="off" spellcheck="false" onInput=${S=>x({host:S.currentTarget.value})} />
          <//>
          <${Z} label="Port">
            <input type="number" min="1" max="65535" value=${u.port} onInput=${S=>x({port:S.currentTarget.value})} />
          <//>
          <${Z} label="Base path">
            <input value=${u.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${S=>x({basePath:S.currentTarget.value})} />
          <//>
        </div>
        <${Z} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${u.baseUrl} required=${u.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${S=>A(S.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${Z} label="Format">
          <select value=${u.format} onChange=${S=>k({format:S.currentTarget.value})}>
            ${bu.map(([S,R])=>y`<option value=${S}>${R}</option>`)}
          </select>
        <//>
        <${Z} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${vu[D]||D} />
        <//>
        <${Z} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${u.timeout} onInput=${S=>k({timeout:S.currentTarget.value})} />
        <//>
      </div>
      <${Z} label="API key" hint=${o?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:D==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${u.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${S=>k({apiKey:S.currentTarget.value})} />
      <//>
      <${bi} rows=${u.rows} onChange=${S=>k({rows:S})} />
      <${se} error=${g} />
      <div class="actions">
        <button type="button" onClick=${n}>Cancel</button>
        <button type="submit" class="primary" disabled=${p}>Save</button>
      </div>
    </form>
  <//>`:y`<${ft} title=${O} onClose=${n}><${xe} /><//>`}async function ku(e,t,n){let o=t.name.trim();if(!o)throw new Error("Name: required.");let r=Number(t.timeout);if(!(r>0))throw new Error("Timeout: a number of seconds above 0.");let l=e?Object.keys(e.secret_headers_masked||{}):[],{headers:s,secretHeaders:a,secretsChanged:u}=vi(t.rows,l),d=t.baseUrl.trim();if(!e){let x={name:o,preset:t.preset,api_format:t.format,timeout:`${r}s`,headers:s};return d&&d!==n.base_url&&(x.base_url=d),t.apiKey&&(x.api_key=t.apiKey),Object.keys(a).length&&(x.secret_headers=a),Q("POST","/admin/v1/providers",x)}let p={},m=[],g=(x,A,v)=>{JSON.stringify(A)!==JSON.stringify(v)&&(p[x]=A,m.push(x))};g("name",o,e.name),g("base_url",d,e.base_url||""),g("api_format",t.format,e.api_format||"openai"),g("timeout",`${r}s`,e.timeout?`${qt(e.timeout)}s`:"120s"),g("headers",s,e.headers||{}),u&&(p.secret_headers=a,m.push("secret_headers"));let _=t.apiKey&&!m.includes("base_url");t.apiKey&&!_&&(p.api_key=t.apiKey,m.push("api_key"));let w=e,k=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return m.length&&(w=await Q("PATCH",`${k}?update_mask=${m.join(",")}`,p)),_&&(w=await Q("POST",`/admin/v1/providers/${encodeURIComponent(w.name)}:rotateKey`,{api_key:t.apiKey})),w}var xu=3e3;function Su(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function al({me:e}){let{data:t,error:n,refresh:o}=er(()=>Q("GET","/admin/v1/providers").then(u=>u.providers||[]),xu),[r,l]=P(null),s=()=>l(null),a=()=>{s(),o()};return y`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${vo(e.role)&&y`<button type="button" class="primary" onClick=${()=>l({add:!0})}>Add provider</button>`}
    </div>
    <${se} error=${n} />
    ${t===void 0&&!n&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No providers yet.${vo(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&y`<div class="cards">
      ${t.map(u=>y`<${_i} key=${u.id||u.name} provider=${u} canChange=${Su(e,u)}
        onEdit=${()=>l({edit:u})} onDelete=${()=>l({remove:u})} onChanged=${o} />`)}
    </div>`}
    ${r&&r.add&&y`<${il} onSaved=${a} onClose=${s} />`}
    ${r&&r.edit&&y`<${il} provider=${r.edit} onSaved=${a} onClose=${s} />`}
    ${r&&r.remove&&y`<${bn} title=${`Delete provider ${r.remove.name}`}
      message=${`Requests for ${r.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await Q("DELETE",`/admin/v1/providers/${encodeURIComponent(r.remove.name)}`),o()}} />`}
  </section>`}var or=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],cl=(e,t)=>{let n=qt(e);return Number.isNaN(n)?"":String(Math.round(n*t*1e3)/1e3)};function wi(e){let t=e||{},n=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:o,...r})=>({...r,weight:String(r.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:n.max_attempts?String(n.max_attempts):"",initialBackoff:cl(n.initial_backoff,1e3),maxBackoff:cl(n.max_backoff,1e3),deadline:cl(n.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function Tu(e){let t={},n=(o,r)=>{let l=Number(o);if(!(l>0))throw new Error(`${r}: a number above 0.`);return l};return e.maxAttempts!==""&&(t.max_attempts=Math.round(n(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${n(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${n(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${n(e.deadline,"Deadline")}s`),t}function ki(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let n=e.targets.filter(o=>o.model.trim()).map(o=>{let r=Number(o.weight||1);if(!(r>=1)||!Number.isInteger(r))throw new Error(`Weight of ${o.model}: a whole number from 1.`);return{...o,model:o.model.trim(),weight:r}});if(!n.length)throw new Error("Add at least one target model.");return{name:t,targets:n,strategy:e.strategy,retry:Tu(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function ul({alias:e,onSaved:t,onClose:n}){let[o,r]=P(()=>wi(e)),[l,s]=P([]),[a,u]=P(!1),[d,p]=P(null);ce(()=>{Q("GET","/v1/models").then(k=>s((k.data||[]).map(x=>x.id).filter(x=>x.includes("/"))),()=>{})},[]);let m=k=>r(x=>({...x,...k})),g=(k,x)=>m({targets:o.targets.map((A,v)=>v===k?{...A,...x}:A)}),_=async k=>{k.preventDefault(),p(null),u(!0);try{let x=ki(o);if(!e){t(await Q("POST","/admin/v1/aliases",x));return}let A=ki(wi(e)),v=Object.keys(x).filter(D=>JSON.stringify(x[D])!==JSON.stringify(A[D]));t(v.length?await Q("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${v.join(",")}`,x):e)}catch(x){p(x),u(!1)}},w="alias-models";return y`<${ft} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${n} wide>
    <form onSubmit=${_} novalidate>
      <${Z} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${o.name} required autocomplete="off" spellcheck="false" onInput=${k=>m({name:k.currentTarget.value})} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${w}>${l.map(k=>y`<option value=${k} />`)}</datalist>
        ${o.targets.map((k,x)=>y`<div class="row" key=${x}>
          <${Z} label="Target model" className="grow">
            <input value=${k.model} list=${w} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${A=>g(x,{model:A.currentTarget.value})} />
          <//>
          <${Z} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${k.weight} onInput=${A=>g(x,{weight:A.currentTarget.value})} />
          <//>
          <button type="button" class="field-button" disabled=${o.targets.length===1}
            aria-label=${`Remove target ${k.model||x+1}`}
            onClick=${()=>m({targets:o.targets.filter((A,v)=>v!==x)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>m({targets:[...o.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${Z} label="Strategy">
        <select value=${o.strategy} onChange=${k=>m({strategy:k.currentTarget.value})}>
          ${or.map(([k,x])=>y`<option value=${k}>${x}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${Z} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${o.maxAttempts} placeholder="3" onInput=${k=>m({maxAttempts:k.currentTarget.value})} />
          <//>
          <${Z} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${o.initialBackoff} placeholder="200" onInput=${k=>m({initialBackoff:k.currentTarget.value})} />
          <//>
          <${Z} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${o.maxBackoff} placeholder="5000" onInput=${k=>m({maxBackoff:k.currentTarget.value})} />
          <//>
          <${Z} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${o.deadline} placeholder="120" onInput=${k=>m({deadline:k.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${o.fallback} onChange=${k=>m({fallback:k.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${Z} label="Description">
        <input value=${o.description} onInput=${k=>m({description:k.currentTarget.value})} />
      <//>
      <${se} error=${d} />
      <div class="actions">
        <button type="button" onClick=${n}>Cancel</button>
        <button type="submit" class="primary" disabled=${a}>Save</button>
      </div>
    </form>
  <//>`}var Eu={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function Cu(e){let t=e&&e.breaker_state;return Eu[t]||null}function Au(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(qt(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(qt(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${qt(e.deadline)} s`),t.length?t.join(", "):"defaults"}function Mu(e){let t=Number(e.requests||0),n=Number(e.failures||0),o=Number(e.in_flight||0);return`${t}${n?` (${n} failed)`:""}${o?`, ${o} in flight`:""}`}function xi({alias:e,canChange:t,onEdit:n,onDelete:o}){let r=(or.find(([l])=>l===e.strategy)||or[0])[1];return y`<article class="card alias" aria-label=${`Alias ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      ${t&&y`<div class="buttons">
        <button type="button" onClick=${n}>Edit</button>
        <button type="button" onClick=${o}>Delete</button>
      </div>`}
    </div>
    ${e.description&&y`<p>${e.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${r}</dd>
      <dt>Retries</dt><dd>${Au(e.retry)}</dd>
      ${e.fallback_on_context_length&&y`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap">
      <table>
        <caption class="sr-only">Targets of ${e.name}</caption>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(l=>{let s=l.status||{},a=Cu(s);return y`<tr key=${l.model}>
              <td><code>${l.model}</code></td>
              <td>${l.weight||1}</td>
              <td>${a?y`<span class=${"badge "+a[1]}>${a[0]}</span>`:y`<span class="muted">—</span>`}</td>
              <td><${nn} time=${s.last_served_time} /></td>
              <td>${l.status?Mu(s):y`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function Pu(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function fl({me:e}){let{data:t,error:n,refresh:o}=er(()=>Q("GET","/admin/v1/aliases").then(u=>u.aliases||[]),5e3),[r,l]=P(null),s=()=>l(null),a=()=>{s(),o()};return y`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${vo(e.role)&&y`<button type="button" class="primary" onClick=${()=>l({add:!0})}>New alias</button>`}
    </div>
    <${se} error=${n} />
    ${t===void 0&&!n&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&y`<div class="cards wide-cards">
      ${t.map(u=>y`<${xi} key=${u.name} alias=${u} canChange=${Pu(e,u)}
        onEdit=${()=>l({edit:u})} onDelete=${()=>l({remove:u})} />`)}
    </div>`}
    ${r&&r.add&&y`<${ul} onSaved=${a} onClose=${s} />`}
    ${r&&r.edit&&y`<${ul} alias=${r.edit} onSaved=${a} onClose=${s} />`}
    ${r&&r.remove&&y`<${bn} title=${`Delete alias ${r.remove.name}`}
      message=${`Clients that send ${r.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await Q("DELETE",`/admin/v1/aliases/${encodeURIComponent(r.remove.name)}`),o()}} />`}
  </section>`}function te(e){let t=Number(e??0);return Number.isFinite(t)?t:0}var Du=new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"});function dl(e,t="—"){if(!e)return t;let n=new Date(e);return Number.isNaN(n.getTime())?t:Du.format(n)}function $o({ts:e,none:t="—"}){return e?y`<time datetime=${e} title=${e}>${dl(e,t)}</time>`:y`<span class="muted">${t}</span>`}var Lu=new Intl.NumberFormat(void 0,{maximumFractionDigits:0});function $t(e){return Lu.format(te(e))}function yn(e){let t=te(e);if(t===0)return"$0.00";let n=Math.abs(t)>=1?2:Math.abs(t)>=.01?4:6;return"$"+t.toFixed(n)}function Jn({label:e,children:t}){return y`<div class="table-wrap table-scroll" tabindex="0" role="region" aria-label=${e}>${t}</div>`}var Ru=1440*60*1e3;function Si({me:e,onCreated:t,onClose:n}){let o=e?.role==="admin",[r,l]=P(null),[s,a]=P(null),[u,d]=P(!1);return ce(()=>{o&&Q("GET","/admin/v1/users").then(m=>l((m.users||[]).filter(g=>!g.disabled))).catch(m=>{l([]),a(m)})},[o]),y`
    <${ft} title="New key" onClose=${n}>
      <form class="form" onSubmit=${async m=>{m.preventDefault();let g=new FormData(m.currentTarget),_={name:String(g.get("name")).trim()};o&&g.get("user")&&(_.user=String(g.get("user")));let w=String(g.get("days")||"").trim();w&&(_.expire_time=new Date(Date.now()+Number(w)*Ru).toISOString());let k=String(g.get("models")||"").split(/[\s,]+/).filter(Boolean);k.length&&(_.allowed_models=k),d(!0),a(null);try{t(await Q("POST","/admin/v1/keys",_))}catch(x){a(x),d(!1)}}}>
        <${Z} label="Key name"><input name="name" required maxlength="100" autocomplete="off" /><//>
        ${o&&y`<${Z} label="User">
          <select name="user" disabled=${r===null}>
            ${r===null?y`<option value="">Loading…</option>`:(r.length?r:[{name:e.user_name}]).map(m=>y`<option value=${m.name} selected=${m.name===e.user_name}>${m.name}${m.role?` (${m.role})`:""}</option>`)}
          </select>
        <//>`}
        <${Z} label="Expires in days" hint="Empty: the key never expires.">
          <input name="days" type="number" min="1" max="3650" step="1" inputmode="numeric" />
        <//>
        <${Z} label="Allowed models"
          hint="Optional, comma-separated: exact names or “provider/*”. Empty: every model the user may use.">
          <input name="models" autocomplete="off" placeholder="openai/*, gpt-4o" />
        <//>
        <${se} error=${s} />
        <div class="actions">
          <button type="button" onClick=${n}>Cancel</button>
          <button type="submit" class="primary" disabled=${u}>Create key</button>
        </div>
      </form>
    <//>
  `}function Ti({created:e,onDone:t}){let n=De(null),[o,r]=P(""),l=async()=>{try{await navigator.clipboard.writeText(e.secret),r("Copied to the clipboard.")}catch{n.current?.select(),r("Select the key and copy it with Ctrl+C.")}},s=e.key||{};return y`
    <${ft} title="Your new key" onClose=${t}>
      <p>
        Copy the key <strong>${s.name||s.prefix}</strong> now: this is the only time it is shown. The
        gateway keeps only a hash of it.
      </p>
      <${Z} label="Secret">
        <input ref=${n} class="secret" readonly value=${e.secret} autocomplete="off" spellcheck="false"
          onFocus=${a=>a.currentTarget.select()} />
      <//>
      <p class="success" role="status">${o}</p>
      <div class="actions">
        <button type="button" onClick=${l}>Copy</button>
        <button type="button" class="primary" onClick=${t}>Done</button>
      </div>
    <//>
  `}function Ci({me:e,apiKey:t,hasLimits:n=!0,onClose:o}){let r=e?.role==="admin"||e?.role==="operator",l=`/admin/v1/limits/key/${encodeURIComponent(t.id)}`,[s,a]=P(void 0),[u,d]=P(null),[p,m]=P(""),[g,_]=P(!1);ce(()=>{if(!n){a(null);return}Q("GET",l).then(a).catch(E=>{E.status===404?a(null):(a(null),d(E))})},[l,n]);let w=async E=>{E.preventDefault(),_(!0),d(null),m("");try{a(await Q("PUT",l,Nu(new FormData(E.currentTarget)))),m("Limits saved.")}catch(O){d(O)}_(!1)},k=async()=>{_(!0),d(null),m("");try{await Q("DELETE",l),a(null),m("Limits removed: the key has none now.")}catch(E){d(E)}_(!1)},x=s||{},A=x.budget||{},v=x.quota||{},D=`Limits of ${t.name||t.prefix}`;return y`
    <${ft} title=${D} onClose=${o} wide>
      ${s===void 0?y`<${xe} />`:y`
            ${s?y`<${Ou} policy=${s} />`:y`<p>This key has no limits of its own.</p>`}
            <form class="form limits-form" onSubmit=${w} key=${x.update_time||"none"}>
              <fieldset disabled=${!r||g}>
                <legend>Rate</legend>
                ${wo("Requests per minute (RPM)","rpm",x.requests_per_minute)}
                ${wo("Tokens per minute (TPM)","tpm",x.tokens_per_minute)}
                ${wo("Max concurrent requests","concurrent",x.max_concurrent)}
              </fieldset>
              <fieldset disabled=${!r||g}>
                <legend>Budget</legend>
                <${Z} label="Budget (USD)">
                  <input name="budget" inputmode="decimal" pattern="[0-9]+(\\.[0-9]{1,9})?" defaultValue=${A.amount_usd||""}
                    placeholder="25.00" autocomplete="off" />
                <//>
                ${Ei("Budget period","budget_period",A.period)}
                <label class="check">
                  <input type="checkbox" name="budget_soft" defaultChecked=${!!A.soft} /> Soft budget (allow, flag in usage)
                </label>
              </fieldset>
              <fieldset disabled=${!r||g}>
                <legend>Quota</legend>
                ${wo("Quota requests","quota_requests",v.requests)}
                ${wo("Quota tokens","quota_tokens",v.tokens)}
                ${Ei("Quota period","quota_period",v.period||"day")}
                <label class="check">
                  <input type="checkbox" name="quota_soft" defaultChecked=${!!v.soft} /> Soft quota (allow, flag in usage)
                </label>
              </fieldset>
              <p class="hint">Empty or 0: no limit. Hard limits refuse a request with 429.</p>
              <p class="success" role="status">${p}</p>
              <${se} error=${u} />
              <div class="actions">
                ${r&&s&&y`<button type="button" class="danger" disabled=${g} onClick=${k}>Remove limits</button>`}
                ${r?y`<button type="submit" class="primary" disabled=${g}>Save</button>`:y`<p class="hint">Only admins and operators change limits.</p>`}
              </div>
            </form>
          `}
    <//>
  `}function wo(e,t,n){let o=te(n);return y`<${Z} label=${e}>
    <input name=${t} type="number" min="0" step="1" inputmode="numeric" defaultValue=${o?String(o):""} />
  <//>`}function Ei(e,t,n){return y`<${Z} label=${e}>
    <select name=${t}>
      <option value="day" selected=${n==="day"}>Day</option>
      <option value="month" selected=${n!=="day"}>Month</option>
    </select>
  <//>`}function Nu(e){let t=r=>{let l=String(e.get(r)||"").trim();return l?Number(l):0},n={};t("rpm")&&(n.requests_per_minute=String(t("rpm"))),t("tpm")&&(n.tokens_per_minute=String(t("tpm"))),t("concurrent")&&(n.max_concurrent=t("concurrent"));let o=String(e.get("budget")||"").trim();return o&&Number(o)>0&&(n.budget={amount_usd:o,period:e.get("budget_period"),soft:e.get("budget_soft")==="on"}),(t("quota_requests")||t("quota_tokens"))&&(n.quota={requests:String(t("quota_requests")),tokens:String(t("quota_tokens")),period:e.get("quota_period"),soft:e.get("quota_soft")==="on"}),n}function pl(e){return e==="day"?"today":e==="month"?"this month":"this period"}function Ou({policy:e}){let t=e.status||{},n=(o,r,l=$t)=>te(r)?`${l(o)} of ${l(r)}`:l(o);return y`
    <dl class="standing" aria-label="Now">
      <div><dt>Requests this minute</dt><dd>${n(t.requests_this_minute,e.requests_per_minute)}</dd></div>
      <div><dt>Tokens this minute</dt><dd>${n(t.tokens_this_minute,e.tokens_per_minute)}</dd></div>
      <div><dt>In flight</dt><dd>${n(t.in_flight,e.max_concurrent)}</dd></div>
      ${e.budget&&y`<div><dt>Spent ${pl(e.budget.period)}</dt>
        <dd>${yn(t.spent_usd)} of ${yn(e.budget.amount_usd)}</dd></div>`}
      ${e.quota&&y`<div><dt>Requests ${pl(e.quota.period)}</dt>
          <dd>${n(t.requests_this_period,e.quota.requests)}</dd></div>
        <div><dt>Tokens ${pl(e.quota.period)}</dt>
          <dd>${n(t.tokens_this_period,e.quota.tokens)}</dd></div>`}
      ${t.period_end&&y`<div><dt>Period ends</dt><dd>${dl(t.period_end)}</dd></div>`}
    </dl>
  `}function ml({me:e}){let t=e?.role==="admin",[n,o]=P(null),[r,l]=P(null),[s,a]=P(!1),[u,d]=P(!1),[p,m]=P(null),[g,_]=P(null),[w,k]=P(null),[x,A]=P(""),[v,D]=P(new Map),[E,O]=P(""),[S,R]=P([]);ce(()=>{t&&Q("GET","/admin/v1/users").then(C=>R((C.users||[]).map(H=>H.name))).catch(()=>R([]))},[t]);let I=tn(async()=>{l(null);try{let[C,H]=await Promise.all([Q("GET","/admin/v1/keys?"+Fu(E,s)),Q("GET","/admin/v1/limits?scope=key").catch(()=>({}))]);o(C.keys||[]),D(new Map((H?.policies||[]).map(N=>[N.subject,N])))}catch(C){l(C)}},[E,s]);ce(()=>{I()},[I]);let Y=C=>{d(!1),m(C),I()},G=async()=>{let C=g,H=await Q("POST",`/admin/v1/keys/${encodeURIComponent(C.id)}:revoke`,{});o(N=>s?N.map(K=>K.id===C.id?{...K,...H}:K):N.filter(K=>K.id!==C.id)),A(`Key "${C.name||C.prefix}" revoked.`)};return y`
    <section class="page keys-page">
      <div class="toolbar">
        <h1>Keys</h1>
        <button type="button" class="primary" onClick=${()=>d(!0)}>New key</button>
      </div>
      <p class="page-intro">
        ${t?"Every API key of every user.":"Your API keys."} A key's secret is shown once, when it is
        created; afterwards only its prefix and last four characters.
      </p>
      <div class="row key-filters">
        ${t&&y`<div class="field">
          <label for="keys-owner">Owner</label>
          <select id="keys-owner" value=${E} onChange=${C=>O(C.currentTarget.value)}>
            <option value="">All users</option>
            ${S.map(C=>y`<option value=${C}>${C}</option>`)}
          </select>
        </div>`}
        <label class="check">
          <input type="checkbox" checked=${s} onChange=${C=>a(C.currentTarget.checked)} />
          Show revoked and expired keys
        </label>
      </div>
      <p class="notice" role="status" hidden=${!x}>${x}</p>
      <${se} error=${r} />
      ${n===null?!r&&y`<${xe} />`:n.length===0?y`<p class="empty">No keys yet. Create one with “New key”.</p>`:y`<${Iu} keys=${n} limits=${v} onRevoke=${_} onLimits=${k} />`}
      ${u&&y`<${Si} me=${e} onCreated=${Y} onClose=${()=>d(!1)} />`}
      ${p&&y`<${Ti} created=${p} onDone=${()=>m(null)} />`}
      ${g&&y`<${bn} title="Revoke key" confirmLabel="Revoke" onConfirm=${G}
        onClose=${()=>_(null)}
        message=${`Revoke “${g.name||g.prefix}” (${g.prefix}…, owner ${g.user})? It stops working at once; this cannot be undone.`} />`}
      ${w&&y`<${Ci} me=${e} apiKey=${w} hasLimits=${v.has(w.id)}
        onClose=${()=>{k(null),I()}} />`}
    </section>
  `}function Iu({keys:e,limits:t,onRevoke:n,onLimits:o}){return y`
    <${Jn} label="API keys">
      <table class="data-table stack-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Owner</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Expires</th>
            <th scope="col">State</th>
            <th scope="col">Limits</th>
            <th scope="col"><span class="visually-hidden">Actions</span></th>
          </tr>
        </thead>
        <tbody>
          ${e.map(r=>y`<tr key=${r.id}>
              <td data-label="Name"><span>${r.name||y`<em>unnamed</em>`}${r.allowed_models?.length?y`<span class="sub block">models: ${r.allowed_models.join(", ")}</span>`:""}</span></td>
              <td data-label="Key"><span><code>${r.prefix}</code> <code class="masked">${r.masked}</code></span></td>
              <td data-label="Owner">${r.user}</td>
              <td data-label="Created"><${$o} ts=${r.create_time} /></td>
              <td data-label="Last used"><${nn} time=${r.last_used_time} /></td>
              <td data-label="Expires"><${$o} ts=${r.expire_time} none="never" /></td>
              <td data-label="State"><span class=${"badge "+((r.state||"active")==="active"?"ok":"off")}>${r.state||"active"}</span></td>
              <td data-label="Limits" class="limits-cell">${qu(t.get(r.id))}</td>
              <td class="actions-cell"><div class="row-actions">
                <button type="button" onClick=${()=>o(r)}>Limits</button>
                ${(r.state||"active")==="active"&&y`<button type="button" class="danger" onClick=${()=>n(r)}>Revoke</button>`}
              </div></td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function Fu(e,t){let n=new URLSearchParams;return e&&n.set("user",e),t&&n.set("include_inactive","true"),n.toString()}function qu(e){if(!e)return y`<span class="muted">none</span>`;let t=[];return Number(e.requests_per_minute)&&t.push(`${e.requests_per_minute} RPM`),Number(e.tokens_per_minute)&&t.push(`${e.tokens_per_minute} TPM`),Number(e.max_concurrent)&&t.push(`${e.max_concurrent} at once`),e.budget?.amount_usd&&t.push(`$${e.budget.amount_usd}/${e.budget.period||"month"}${e.budget.soft?" (soft)":""}`),e.quota&&(Number(e.quota.requests)||Number(e.quota.tokens))&&t.push(`quota/${e.quota.period||"day"}`),t.join(" · ")||y`<span class="muted">none</span>`}var zu="uplot",Uu="u-hz",Hu="u-vt",Vu="u-title",Wu="u-wrap",Gu="u-under",Bu="u-over",ju="u-axis",wn="u-off",Ku="u-select",Yu="u-cursor-x",Ju="u-cursor-y",Qu="u-cursor-pt",Zu="u-legend",Xu="u-live",ef="u-inline",tf="u-series",nf="u-marker",Ai="u-label",of="u-value",xo="width",So="height";var Mi="bottom",Qn="left",hl="right",Dl="#000",Pi=Dl+"0",gl="mousemove",Di="mousedown",_l="mouseup",Li="mouseenter",Ri="mouseleave",Ni="dblclick",rf="resize",lf="scroll",Oi="change",ar="dppxchange",Ll="--",ro=typeof window<"u",wl=ro?document:null,Xn=ro?window:null,sf=ro?navigator:null,de,rr;function kl(){let e=devicePixelRatio;de!=e&&(de=e,rr&&Sl(Oi,rr,kl),rr=matchMedia(`(min-resolution: ${de-.001}dppx) and (max-resolution: ${de+.001}dppx)`),kn(Oi,rr,kl),Xn.dispatchEvent(new CustomEvent(ar)))}function dt(e,t){if(t!=null){let n=e.classList;!n.contains(t)&&n.add(t)}}function xl(e,t){let n=e.classList;n.contains(t)&&n.remove(t)}function Se(e,t,n){e.style[t]=n+"px"}function At(e,t,n,o){let r=wl.createElement(e);return t!=null&&dt(r,t),n?.insertBefore(r,o),r}function wt(e,t){return At("div",e,t)}var Ii=new WeakMap;function zt(e,t,n,o,r){let l="translate("+t+"px,"+n+"px)",s=Ii.get(e);l!=s&&(e.style.transform=l,Ii.set(e,l),t<0||n<0||t>o||n>r?dt(e,wn):xl(e,wn))}var Fi=new WeakMap;function qi(e,t,n){let o=t+n,r=Fi.get(e);o!=r&&(Fi.set(e,o),e.style.background=t,e.style.borderColor=n)}var zi=new WeakMap;function Ui(e,t,n,o){let r=t+""+n,l=zi.get(e);r!=l&&(zi.set(e,r),e.style.height=n+"px",e.style.width=t+"px",e.style.marginLeft=o?-t/2+"px":0,e.style.marginTop=o?-n/2+"px":0)}var Rl={passive:!0},af={...Rl,capture:!0};function kn(e,t,n,o){t.addEventListener(e,n,o?af:Rl)}function Sl(e,t,n,o){t.removeEventListener(e,n,Rl)}ro&&kl();function Mt(e,t,n,o){let r;n=n||0,o=o||t.length-1;let l=o<=2147483647;for(;o-n>1;)r=l?n+o>>1:pt((n+o)/2),t[r]<e?n=r:o=r;return e-t[n]<=t[o]-e?n:o}function ha(e){return(n,o,r)=>{let l=-1,s=-1;for(let a=o;a<=r;a++)if(e(n[a])){l=a;break}for(let a=r;a>=o;a--)if(e(n[a])){s=a;break}return[l,s]}}var ga=e=>e!=null,_a=e=>e!=null&&e>0,fr=ha(ga),cf=ha(_a);function uf(e,t,n,o=0,r=!1){let l=r?cf:fr,s=r?_a:ga;[t,n]=l(e,t,n);let a=e[t],u=e[t];if(t>-1)if(o==1)a=e[t],u=e[n];else if(o==-1)a=e[n],u=e[t];else for(let d=t;d<=n;d++){let p=e[d];s(p)&&(p<a?a=p:p>u&&(u=p))}return[a??_e,u??-_e]}function dr(e,t,n,o){let r=Wi(e),l=Wi(t);e==t&&(r==-1?(e*=n,t/=n):(e/=n,t*=n));let s=n==10?Wt:ba,a=r==1?pt:kt,u=l==1?kt:pt,d=a(s(ze(e))),p=u(s(ze(t))),m=eo(n,d),g=eo(n,p);return n==10&&(d<0&&(m=be(m,-d)),p<0&&(g=be(g,-p))),o||n==2?(e=m*r,t=g*l):(e=wa(e,m),t=pr(t,g)),[e,t]}function Nl(e,t,n,o){let r=dr(e,t,n,o);return e==0&&(r[0]=0),t==0&&(r[1]=0),r}var Ol=.1,Hi={mode:3,pad:Ol},Eo={pad:0,soft:null,mode:0},ff={min:Eo,max:Eo};function cr(e,t,n,o){return mr(n)?Vi(e,t,n):(Eo.pad=n,Eo.soft=o?0:null,Eo.mode=o?3:0,Vi(e,t,ff))}function ue(e,t){return e??t}function df(e,t,n){for(t=ue(t,0),n=ue(n,e.length-1);t<=n;){if(e[t]!=null)return!0;t++}return!1}function Vi(e,t,n){let o=n.min,r=n.max,l=ue(o.pad,0),s=ue(r.pad,0),a=ue(o.hard,-_e),u=ue(r.hard,_e),d=ue(o.soft,_e),p=ue(r.soft,-_e),m=ue(o.mode,0),g=ue(r.mode,0),_=t-e,w=Wt(_),k=nt(ze(e),ze(t)),x=Wt(k),A=ze(x-w);(_<1e-24||A>10)&&(_=0,(e==0||t==0)&&(_=1e-24,m==2&&d!=_e&&(l=0),g==2&&p!=-_e&&(s=0)));let v=_||k||1e3,D=Wt(v),E=eo(10,pt(D)),O=v*(_==0?e==0?.1:1:l),S=be(wa(e-O,E/10),24),R=e>=d&&(m==1||m==3&&S<=d||m==2&&S>=d)?d:_e,I=nt(a,S<R&&e>=R?R:Pt(R,S)),Y=v*(_==0?t==0?.1:1:s),G=be(pr(t+Y,E/10),24),C=t<=p&&(g==1||g==3&&G>=p||g==2&&G<=p)?p:-_e,H=Pt(u,G>C&&t<=C?C:nt(C,G));return I==H&&I==0&&(H=100),[I,H]}var pf=new Intl.NumberFormat(ro?sf.language:"en-US"),Il=e=>pf.format(e),mt=Math,ir=mt.PI,ze=mt.abs,pt=mt.floor,qe=mt.round,kt=mt.ceil,Pt=mt.min,nt=mt.max,eo=mt.pow,Wi=mt.sign,Wt=mt.log10,ba=mt.log2,mf=(e,t=1)=>mt.sinh(e)*t,bl=(e,t=1)=>mt.asinh(e/t),_e=1/0;function Gi(e){return(Wt((e^e>>31)-(e>>31))|0)+1}function Tl(e,t,n){return Pt(nt(e,t),n)}function ya(e){return typeof e=="function"}function re(e){return ya(e)?e:()=>e}var hf=()=>{},va=e=>e,$a=(e,t)=>t,gf=e=>null,Bi=e=>!0,ji=(e,t)=>e==t,_f=/\.\d*?(?=9{6,}|0{6,})/gm,xn=e=>{if(xa(e)||rn.has(e))return e;let t=`${e}`,n=t.match(_f);if(n==null)return e;let o=n[0].length-1;if(t.indexOf("e-")!=-1){let[r,l]=t.split("e");return+`${xn(r)}e${l}`}return be(e,o)};function vn(e,t){return xn(be(xn(e/t))*t)}function pr(e,t){return xn(kt(xn(e/t))*t)}function wa(e,t){return xn(pt(xn(e/t))*t)}function be(e,t=0){if(xa(e))return e;let n=10**t,o=e*n*(1+Number.EPSILON);return qe(o)/n}var rn=new Map;function ka(e){return((""+e).split(".")[1]||"").length}function Ao(e,t,n,o){let r=[],l=o.map(ka);for(let s=t;s<n;s++){let a=ze(s),u=be(eo(e,s),a);for(let d=0;d<o.length;d++){let p=e==10?+`${o[d]}e${s}`:o[d]*u,m=(s>=0?0:a)+(s>=l[d]?0:l[d]),g=e==10?p:be(p,m);r.push(g),rn.set(g,m)}}return r}var Co={},Fl=[],to=[null,null],on=Array.isArray,xa=Number.isInteger,bf=e=>e===void 0;function Ki(e){return typeof e=="string"}function mr(e){let t=!1;if(e!=null){let n=e.constructor;t=n==null||n==Object}return t}function yf(e){return e!=null&&typeof e=="object"}var vf=Object.getPrototypeOf(Uint8Array),Sa="__proto__";function no(e,t=mr){let n;if(on(e)){let o=e.find(r=>r!=null);if(on(o)||t(o)){n=Array(e.length);for(let r=0;r<e.length;r++)n[r]=no(e[r],t)}else n=e.slice()}else if(e instanceof vf)n=e.slice();else if(t(e)){n={};for(let o in e)o!=Sa&&(n[o]=no(e[o],t))}else n=e;return n}function Oe(e){let t=arguments;for(let n=1;n<t.length;n++){let o=t[n];for(let r in o)r!=Sa&&(mr(e[r])?Oe(e[r],no(o[r])):e[r]=no(o[r]))}return e}var $f=0,wf=1,kf=2;function xf(e,t,n){for(let o=0,r,l=-1;o<t.length;o++){let s=t[o];if(s>l){for(r=s-1;r>=0&&e[r]==null;)e[r--]=null;for(r=s+1;r<n&&e[r]==null;)e[l=r++]=null}}}function Sf(e,t){if(Cf(e)){let s=e[0].slice();for(let a=1;a<e.length;a++)s.push(...e[a].slice(1));return Af(s[0])||(s=Ef(s)),s}let n=new Set;for(let s=0;s<e.length;s++){let u=e[s][0],d=u.length;for(let p=0;p<d;p++)n.add(u[p])}let o=[Array.from(n).sort((s,a)=>s-a)],r=o[0].length,l=new Map;for(let s=0;s<r;s++)l.set(o[0][s],s);for(let s=0;s<e.length;s++){let a=e[s],u=a[0];for(let d=1;d<a.length;d++){let p=a[d],m=Array(r).fill(void 0),g=t?t[s][d]:wf,_=[];for(let w=0;w<p.length;w++){let k=p[w],x=l.get(u[w]);k===null?g!=$f&&(m[x]=k,g==kf&&_.push(x)):m[x]=k}xf(m,_,r),o.push(m)}}return o}var Tf=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Ef(e){let t=e[0],n=t.length,o=Array(n);for(let l=0;l<o.length;l++)o[l]=l;o.sort((l,s)=>t[l]-t[s]);let r=[];for(let l=0;l<e.length;l++){let s=e[l],a=Array(n);for(let u=0;u<n;u++)a[u]=s[o[u]];r.push(a)}return r}function Cf(e){let t=e[0][0],n=t.length;for(let o=1;o<e.length;o++){let r=e[o][0];if(r.length!=n)return!1;if(r!=t){for(let l=0;l<n;l++)if(r[l]!=t[l])return!1}}return!0}function Af(e,t=100){let n=e.length;if(n<=1)return!0;let o=0,r=n-1;for(;o<=r&&e[o]==null;)o++;for(;r>=o&&e[r]==null;)r--;if(r<=o)return!0;let l=nt(1,pt((r-o+1)/t));for(let s=e[o],a=o+l;a<=r;a+=l){let u=e[a];if(u!=null){if(u<=s)return!1;s=u}}return!0}var Ta=["January","February","March","April","May","June","July","August","September","October","November","December"],Ea=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ca(e){return e.slice(0,3)}var Mf=Ea.map(Ca),Pf=Ta.map(Ca),Df={MMMM:Ta,MMM:Pf,WWWW:Ea,WWW:Mf};function ko(e){return(e<10?"0":"")+e}function Lf(e){return(e<10?"00":e<100?"0":"")+e}var Rf={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ko(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ko(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ko(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ko(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ko(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Lf(e.getMilliseconds())};function ql(e,t){t=t||Df;let n=[],o=/\{([a-z]+)\}|[^{]+/gi,r;for(;r=o.exec(e);)n.push(r[0][0]=="{"?Rf[r[1]]:r[0]);return l=>{let s="";for(let a=0;a<n.length;a++)s+=typeof n[a]=="string"?n[a]:n[a](l,t);return s}}var Nf=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Of(e,t){let n;return t=="UTC"||t=="Etc/UTC"?n=new Date(+e+e.getTimezoneOffset()*6e4):t==Nf?n=e:(n=new Date(e.toLocaleString("en-US",{timeZone:t})),n.setMilliseconds(e.getMilliseconds())),n}var Aa=e=>e%1==0,ur=[1,2,2.5,5],If=Ao(10,-32,0,ur),Ma=Ao(10,0,32,ur),Ff=Ma.filter(Aa),$n=If.concat(Ma),zl=`
`,Pa="{YYYY}",Yi=zl+Pa,Da="{M}/{D}",To=zl+Da,lr=To+"/{YY}",La="{aa}",qf="{h}:{mm}",Zn=qf+La,Ji=zl+Zn,Qi=":{ss}",me=null;function Ra(e){let t=e*1e3,n=t*60,o=n*60,r=o*24,l=r*30,s=r*365,u=(e==1?Ao(10,0,3,ur).filter(Aa):Ao(10,-3,0,ur)).concat([t,t*5,t*10,t*15,t*30,n,n*5,n*10,n*15,n*30,o,o*2,o*3,o*4,o*6,o*8,o*12,r,r*2,r*3,r*4,r*5,r*6,r*7,r*8,r*9,r*10,r*15,l,l*2,l*3,l*4,l*6,s,s*2,s*5,s*10,s*25,s*50,s*100]),d=[[s,Pa,me,me,me,me,me,me,1],[r*28,"{MMM}",Yi,me,me,me,me,me,1],[r,Da,Yi,me,me,me,me,me,1],[o,"{h}"+La,lr,me,To,me,me,me,1],[n,Zn,lr,me,To,me,me,me,1],[t,Qi,lr+" "+Zn,me,To+" "+Zn,me,Ji,me,1],[e,Qi+".{fff}",lr+" "+Zn,me,To+" "+Zn,me,Ji,me,1]];function p(m){return(g,_,w,k,x,A)=>{let v=[],D=x>=s,E=x>=l&&x<s,O=m(w),S=be(O*e,3),R=yl(O.getFullYear(),D?0:O.getMonth(),E||D?1:O.getDate()),I=be(R*e,3);if(E||D){let Y=E?x/l:0,G=D?x/s:0,C=S==I?S:be(yl(R.getFullYear()+G,R.getMonth()+Y,1)*e,3),H=new Date(qe(C/e)),N=H.getFullYear(),K=H.getMonth();for(let j=0;C<=k;j++){let le=yl(N+G*j,K+Y*j,1),B=le-m(be(le*e,3));C=be((+le+B)*e,3),C<=k&&v.push(C)}}else{let Y=x>=r?r:x,G=pt(w)-pt(S),C=I+G+pr(S-I,Y);v.push(C);let H=m(C),N=H.getHours()+H.getMinutes()/n+H.getSeconds()/o,K=x/o,j=g.axes[_]._space,le=A/j;for(;C=be(C+x,e==1?0:3),!(C>k);)if(K>1){let B=pt(be(N+K,6))%24,ie=m(C).getHours()-B;ie>1&&(ie=-1),C-=ie*o,N=(N+K)%24;let he=v[v.length-1];be((C-he)/x,3)*le>=.7&&v.push(C)}else v.push(C)}return v}}return[u,d,p]}var[zf,Uf,Hf]=Ra(1),[Vf,Wf,Gf]=Ra(.001);Ao(2,-53,53,[1]);function Zi(e,t){return e.map(n=>n.map((o,r)=>r==0||r==8||o==null?o:t(r==1||n[8]==0?o:n[1]+o)))}function Xi(e,t){return(n,o,r,l,s)=>{let a=t.find(w=>s>=w[0])||t[t.length-1],u,d,p,m,g,_;return o.map(w=>{let k=e(w),x=k.getFullYear(),A=k.getMonth(),v=k.getDate(),D=k.getHours(),E=k.getMinutes(),O=k.getSeconds(),S=x!=u&&a[2]||A!=d&&a[3]||v!=p&&a[4]||D!=m&&a[5]||E!=g&&a[6]||O!=_&&a[7]||a[1];return u=x,d=A,p=v,m=D,g=E,_=O,S(k)})}}function Bf(e,t){let n=ql(t);return(o,r,l,s,a)=>r.map(u=>n(e(u)))}function yl(e,t,n){return new Date(e,t,n)}function ea(e,t){return t(e)}var jf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ta(e,t){return(n,o,r,l)=>l==null?Ll:t(e(o))}function Kf(e,t){let n=e.series[t];return n.width?n.stroke(e,t):n.points.width?n.points.stroke(e,t):null}function Yf(e,t){return e.series[t].fill(e,t)}var Jf={show:!0,live:!0,isolate:!1,mount:hf,markers:{show:!0,width:2,stroke:Kf,fill:Yf,dash:"solid"},idx:null,idxs:null,values:[]};function Qf(e,t){let n=e.cursor.points,o=wt(),r=n.size(e,t);Se(o,xo,r),Se(o,So,r);let l=r/-2;Se(o,"marginLeft",l),Se(o,"marginTop",l);let s=n.width(e,t,r);return s&&Se(o,"borderWidth",s),o}function Zf(e,t){let n=e.series[t].points;return n._fill||n._stroke}function Xf(e,t){let n=e.series[t].points;return n._stroke||n._fill}function ed(e,t){return e.series[t].points.size}var vl=[0,0];function td(e,t,n){return vl[0]=t,vl[1]=n,vl}function sr(e,t,n,o=!0){return r=>{r.button==0&&(!o||r.target==t)&&n(r)}}function $l(e,t,n,o=!0){return r=>{(!o||r.target==t)&&n(r)}}var nd={show:!0,x:!0,y:!0,lock:!1,move:td,points:{one:!1,show:Qf,size:ed,width:0,stroke:Xf,fill:Zf},bind:{mousedown:sr,mouseup:sr,click:sr,dblclick:sr,mousemove:$l,mouseleave:$l,mouseenter:$l},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,n,o,r)=>o-r,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Na={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},Ul=Oe({},Na,{filter:$a}),Oa=Oe({},Ul,{size:10}),Ia=Oe({},Na,{show:!1}),Hl='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Fa="bold "+Hl,qa=1.5,na={show:!0,scale:"x",stroke:Dl,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fa,side:2,grid:Ul,ticks:Oa,border:Ia,font:Hl,lineGap:qa,rotate:0},od="Value",rd="Time",oa={show:!0,scale:"x",auto:!1,sorted:1,min:_e,max:-_e,idxs:[]};function ld(e,t,n,o,r){return t.map(l=>l==null?"":Il(l))}function sd(e,t,n,o,r,l,s){let a=[],u=rn.get(r)||0;n=s?n:be(pr(n,r),u);for(let d=n;d<=o;d=be(d+r,u))a.push(Object.is(d,-0)?0:d);return a}function El(e,t,n,o,r,l,s){let a=[],u=e.scales[e.axes[t].scale].log,d=u==10?Wt:ba,p=pt(d(n));r=eo(u,p),u==10&&(r=$n[Mt(r,$n)]);let m=n,g=r*u;u==10&&(g=$n[Mt(g,$n)]);do a.push(m),m=m+r,u==10&&!rn.has(m)&&(m=be(m,rn.get(r))),m>=g&&(r=m,g=r*u,u==10&&(g=$n[Mt(g,$n)]));while(m<=o);return a}function id(e,t,n,o,r,l,s){let u=e.scales[e.axes[t].scale].asinh,d=o>u?El(e,t,nt(u,n),o,r):[u],p=o>=0&&n<=0?[0]:[];return(n<-u?El(e,t,nt(u,-o),-n,r):[u]).reverse().map(g=>-g).concat(p,d)}var za=/./,ad=/[12357]/,cd=/[125]/,ra=/1/,Cl=(e,t,n,o)=>e.map((r,l)=>t==4&&r==0||l%o==0&&n.test(r.toExponential()[r<0?1:0])?r:null);function ud(e,t,n,o,r){let l=e.axes[n],s=l.scale,a=e.scales[s],u=e.valToPos,d=l._space,p=u(10,s),m=u(9,s)-p>=d?za:u(7,s)-p>=d?ad:u(5,s)-p>=d?cd:ra;if(m==ra){let g=ze(u(1,s)-p);if(g<d)return Cl(t.slice().reverse(),a.distr,m,kt(d/g)).reverse()}return Cl(t,a.distr,m,1)}function fd(e,t,n,o,r){let l=e.axes[n],s=l.scale,a=l._space,u=e.valToPos,d=ze(u(1,s)-u(2,s));return d<a?Cl(t.slice().reverse(),3,za,kt(a/d)).reverse():t}function dd(e,t,n,o){return o==null?Ll:t==null?"":Il(t)}var la={show:!0,scale:"y",stroke:Dl,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fa,side:3,grid:Ul,ticks:Oa,border:Ia,font:Hl,lineGap:qa,rotate:0};function pd(e,t){let n=3+(e||1)*2;return be(n*t,3)}function md(e,t){let{scale:n,idxs:o}=e.series[0],r=e._data[0],l=e.valToPos(r[o[0]],n,!0),s=e.valToPos(r[o[1]],n,!0),a=ze(s-l),u=e.series[t],d=a/(u.points.space*de);return o[1]-o[0]<=d}var sa={scale:null,auto:!0,sorted:0,min:_e,max:-_e},Ua=(e,t,n,o,r)=>r,ia={show:!0,auto:!0,sorted:0,gaps:Ua,alpha:1,facets:[Oe({},sa,{scale:"x"}),Oe({},sa,{scale:"y"})]},aa={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ua,alpha:1,points:{show:md,filter:null},values:null,min:_e,max:-_e,idxs:[],path:null,clip:null};function hd(e,t,n,o,r){return n/10}var Ha={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},gd=Oe({},Ha,{time:!1,ori:1}),ca={};function Va(e,t){let n=ca[e];return n||(n={key:e,plots:[],sub(o){n.plots.push(o)},unsub(o){n.plots=n.plots.filter(r=>r!=o)},pub(o,r,l,s,a,u,d){for(let p=0;p<n.plots.length;p++)n.plots[p]!=r&&n.plots[p].pub(o,r,l,s,a,u,d)}},e!=null&&(ca[e]=n)),n}var oo=1,Al=2;function Sn(e,t,n){let o=e.mode,r=e.series[t],l=o==2?e._data[t]:e._data,s=e.scales,a=e.bbox,u=l[0],d=o==2?l[1]:l[t],p=o==2?s[r.facets[0].scale]:s[e.series[0].scale],m=o==2?s[r.facets[1].scale]:s[r.scale],g=a.left,_=a.top,w=a.width,k=a.height,x=e.valToPosH,A=e.valToPosV;return p.ori==0?n(r,u,d,p,m,x,A,g,_,w,k,gr,lo,br,Ga,ja):n(r,u,d,p,m,A,x,_,g,k,w,_r,so,Gl,Ba,Ka)}function Vl(e,t){let n=0,o=0,r=ue(e.bands,Fl);for(let l=0;l<r.length;l++){let s=r[l];s.series[0]==t?n=s.dir:s.series[1]==t&&(s.dir==1?o|=1:o|=2)}return[n,o==1?-1:o==2?1:o==3?2:0]}function _d(e,t,n,o,r){let l=e.mode,s=e.series[t],a=l==2?s.facets[1].scale:s.scale,u=e.scales[a];return r==-1?u.min:r==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Gt(e,t,n,o,r,l){return Sn(e,t,(s,a,u,d,p,m,g,_,w,k,x)=>{let A=s.pxRound,v=d.dir*(d.ori==0?1:-1),D=d.ori==0?lo:so,E,O;v==1?(E=n,O=o):(E=o,O=n);let S=A(m(a[E],d,k,_)),R=A(g(u[E],p,x,w)),I=A(m(a[O],d,k,_)),Y=A(g(l==1?p.max:p.min,p,x,w)),G=new Path2D(r);return D(G,I,Y),D(G,S,Y),D(G,S,R),G})}function hr(e,t,n,o,r,l){let s=null;if(e.length>0){s=new Path2D;let a=t==0?br:Gl,u=n;for(let m=0;m<e.length;m++){let g=e[m];if(g[1]>g[0]){let _=g[0]-u;_>0&&a(s,u,o,_,o+l),u=g[1]}}let d=n+r-u,p=10;d>0&&a(s,u,o-p/2,d,o+l+p)}return s}function bd(e,t,n){let o=e[e.length-1];o&&o[0]==t?o[1]=n:e.push([t,n])}function Wl(e,t,n,o,r,l,s){let a=[],u=e.length;for(let d=r==1?n:o;d>=n&&d<=o;d+=r)if(t[d]===null){let m=d,g=d;if(r==1)for(;++d<=o&&t[d]===null;)g=d;else for(;--d>=n&&t[d]===null;)g=d;let _=l(e[m]),w=g==m?_:l(e[g]),k=m-r;_=s<=0&&k>=0&&k<u?l(e[k]):_;let A=g+r;w=s>=0&&A>=0&&A<u?l(e[A]):w,w>=_&&a.push([_,w])}return a}function ua(e){return e==0?va:e==1?qe:t=>vn(t,e)}function Wa(e){let t=e==0?gr:_r,n=e==0?(r,l,s,a,u,d)=>{r.arcTo(l,s,a,u,d)}:(r,l,s,a,u,d)=>{r.arcTo(s,l,u,a,d)},o=e==0?(r,l,s,a,u)=>{r.rect(l,s,a,u)}:(r,l,s,a,u)=>{r.rect(s,l,u,a)};return(r,l,s,a,u,d=0,p=0)=>{d==0&&p==0?o(r,l,s,a,u):(d=Pt(d,a/2,u/2),p=Pt(p,a/2,u/2),t(r,l+d,s),n(r,l+a,s,l+a,s+u,d),n(r,l+a,s+u,l,s+u,p),n(r,l,s+u,l,s,p),n(r,l,s,l+a,s,d),r.closePath())}}var gr=(e,t,n)=>{e.moveTo(t,n)},_r=(e,t,n)=>{e.moveTo(n,t)},lo=(e,t,n)=>{e.lineTo(t,n)},so=(e,t,n)=>{e.lineTo(n,t)},br=Wa(0),Gl=Wa(1),Ga=(e,t,n,o,r,l)=>{e.arc(t,n,o,r,l)},Ba=(e,t,n,o,r,l)=>{e.arc(n,t,o,r,l)},ja=(e,t,n,o,r,l,s)=>{e.bezierCurveTo(t,n,o,r,l,s)},Ka=(e,t,n,o,r,l,s)=>{e.bezierCurveTo(n,t,r,o,s,l)};function Ya(e){return(t,n,o,r,l)=>Sn(t,n,(s,a,u,d,p,m,g,_,w,k,x)=>{let{pxRound:A,points:v}=s,D,E;d.ori==0?(D=gr,E=Ga):(D=_r,E=Ba);let O=be(v.width*de,3),S=(v.size-v.width)/2*de,R=be(S*2,3),I=new Path2D,Y=new Path2D,{left:G,top:C,width:H,height:N}=t.bbox;br(Y,G-R,C-R,H+R*2,N+R*2);let K=j=>{if(u[j]!=null){let le=A(m(a[j],d,k,_)),B=A(g(u[j],p,x,w));D(I,le+S,B),E(I,le,B,S,0,ir*2)}};if(l)l.forEach(K);else for(let j=o;j<=r;j++)K(j);return{stroke:O>0?I:null,fill:I,clip:Y,flags:oo|Al}})}function Ja(e){return(t,n,o,r,l,s)=>{o!=r&&(l!=o&&s!=o&&e(t,n,o),l!=r&&s!=r&&e(t,n,r),e(t,n,s))}}var yd=Ja(lo),vd=Ja(so);function Qa(e){let t=ue(e?.alignGaps,0);return(n,o,r,l)=>Sn(n,o,(s,a,u,d,p,m,g,_,w,k,x)=>{[r,l]=fr(u,r,l);let A=s.pxRound,v=N=>A(m(N,d,k,_)),D=N=>A(g(N,p,x,w)),E,O;d.ori==0?(E=lo,O=yd):(E=so,O=vd);let S=d.dir*(d.ori==0?1:-1),R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oo},I=R.stroke,Y=!1;if(l-r>=k*4){let N=V=>n.posToVal(V,d.key,!0),K=null,j=null,le,B,ot,Te=v(a[S==1?r:l]),ie=v(a[r]),he=v(a[l]),ne=N(S==1?ie+1:he-1);for(let V=S==1?r:l;V>=r&&V<=l;V+=S){let Ie=a[V],Ee=(S==1?Ie<ne:Ie>ne)?Te:v(Ie),pe=u[V];Ee==Te?pe!=null?(B=pe,K==null?(E(I,Ee,D(B)),le=K=j=B):B<K?K=B:B>j&&(j=B)):pe===null&&(Y=!0):(K!=null&&O(I,Te,D(K),D(j),D(le),D(B)),pe!=null?(B=pe,E(I,Ee,D(B)),K=j=le=B):(K=j=null,pe===null&&(Y=!0)),Te=Ee,ne=N(Te+S))}K!=null&&K!=j&&ot!=Te&&O(I,Te,D(K),D(j),D(le),D(B))}else for(let N=S==1?r:l;N>=r&&N<=l;N+=S){let K=u[N];K===null?Y=!0:K!=null&&E(I,v(a[N]),D(K))}let[C,H]=Vl(n,o);if(s.fill!=null||C!=0){let N=R.fill=new Path2D(I),K=s.fillTo(n,o,s.min,s.max,C),j=D(K),le=v(a[r]),B=v(a[l]);S==-1&&([B,le]=[le,B]),E(N,B,j),E(N,le,j)}if(!s.spanGaps){let N=[];Y&&N.push(...Wl(a,u,r,l,S,v,t)),R.gaps=N=s.gaps(n,o,r,l,N),R.clip=hr(N,d.ori,_,w,k,x)}return H!=0&&(R.band=H==2?[Gt(n,o,r,l,I,-1),Gt(n,o,r,l,I,1)]:Gt(n,o,r,l,I,H)),R})}function $d(e){let t=ue(e.align,1),n=ue(e.ascDesc,!1),o=ue(e.alignGaps,0),r=ue(e.extend,!1);return(l,s,a,u)=>Sn(l,s,(d,p,m,g,_,w,k,x,A,v,D)=>{[a,u]=fr(m,a,u);let E=d.pxRound,{left:O,width:S}=l.bbox,R=ie=>E(w(ie,g,v,x)),I=ie=>E(k(ie,_,D,A)),Y=g.ori==0?lo:so,G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oo},C=G.stroke,H=g.dir*(g.ori==0?1:-1),N=I(m[H==1?a:u]),K=R(p[H==1?a:u]),j=K,le=K;r&&t==-1&&(le=O,Y(C,le,N)),Y(C,K,N);for(let ie=H==1?a:u;ie>=a&&ie<=u;ie+=H){let he=m[ie];if(he==null)continue;let ne=R(p[ie]),V=I(he);t==1?Y(C,ne,N):Y(C,j,V),Y(C,ne,V),N=V,j=ne}let B=j;r&&t==1&&(B=O+S,Y(C,B,N));let[ot,Te]=Vl(l,s);if(d.fill!=null||ot!=0){let ie=G.fill=new Path2D(C),he=d.fillTo(l,s,d.min,d.max,ot),ne=I(he);Y(ie,B,ne),Y(ie,le,ne)}if(!d.spanGaps){let ie=[];ie.push(...Wl(p,m,a,u,H,R,o));let he=d.width*de/2,ne=n||t==1?he:-he,V=n||t==-1?-he:he;ie.forEach(Ie=>{Ie[0]+=ne,Ie[1]+=V}),G.gaps=ie=d.gaps(l,s,a,u,ie),G.clip=hr(ie,g.ori,x,A,v,D)}return Te!=0&&(G.band=Te==2?[Gt(l,s,a,u,C,-1),Gt(l,s,a,u,C,1)]:Gt(l,s,a,u,C,Te)),G})}function fa(e,t,n,o,r,l,s=_e){if(e.length>1){let a=null;for(let u=0,d=1/0;u<e.length;u++)if(t[u]!==void 0){if(a!=null){let p=ze(e[u]-e[a]);p<d&&(d=p,s=ze(n(e[u],o,r,l)-n(e[a],o,r,l)))}a=u}}return s}function wd(e){e=e||Co;let t=ue(e.size,[.6,_e,1]),n=e.align||0,o=e.gap||0,r=e.radius;r=r==null?[0,0]:typeof r=="number"?[r,0]:r;let l=re(r),s=1-t[0],a=ue(t[1],_e),u=ue(t[2],1),d=ue(e.disp,Co),p=ue(e.each,_=>{}),{fill:m,stroke:g}=d;return(_,w,k,x)=>Sn(_,w,(A,v,D,E,O,S,R,I,Y,G,C)=>{let H=A.pxRound,N=n,K=o*de,j=a*de,le=u*de,B,ot;E.ori==0?[B,ot]=l(_,w):[ot,B]=l(_,w);let Te=E.dir*(E.ori==0?1:-1),ie=E.ori==0?br:Gl,he=E.ori==0?p:(z,ye,Fe,Dn,cn,Lt,un)=>{p(z,ye,Fe,cn,Dn,un,Lt)},ne=ue(_.bands,Fl).find(z=>z.series[0]==w),V=ne!=null?ne.dir:0,Ie=A.fillTo(_,w,A.min,A.max,V),Qe=H(R(Ie,O,C,Y)),Ee,pe,xt,st=G,Ae=H(A.width*de),Dt=!1,Ut=null,ht=null,Bt=null,An=null;m!=null&&(Ae==0||g!=null)&&(Dt=!0,Ut=m.values(_,w,k,x),ht=new Map,new Set(Ut).forEach(z=>{z!=null&&ht.set(z,new Path2D)}),Ae>0&&(Bt=g.values(_,w,k,x),An=new Map,new Set(Bt).forEach(z=>{z!=null&&An.set(z,new Path2D)})));let{x0:Mn,size:io}=d;if(Mn!=null&&io!=null){N=1,v=Mn.values(_,w,k,x),Mn.unit==2&&(v=v.map(Fe=>_.posToVal(I+Fe*G,E.key,!0)));let z=io.values(_,w,k,x);io.unit==2?pe=z[0]*G:pe=S(z[0],E,G,I)-S(0,E,G,I),st=fa(v,D,S,E,G,I,st),xt=st-pe+K}else st=fa(v,D,S,E,G,I,st),xt=st*s+K,pe=st-xt;xt<1&&(xt=0),Ae>=pe/2&&(Ae=0),xt<5&&(H=va);let Mo=xt>0,sn=st-xt-(Mo?Ae:0);pe=H(Tl(sn,le,j)),Ee=(N==0?pe/2:N==Te?0:pe)-N*Te*((N==0?K/2:0)+(Mo?Ae/2:0));let Ze={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Pn=Dt?null:new Path2D,Ht=null;if(ne!=null)Ht=_.data[ne.series[1]];else{let{y0:z,y1:ye}=d;z!=null&&ye!=null&&(D=ye.values(_,w,k,x),Ht=z.values(_,w,k,x))}let an=B*pe,ee=ot*pe;for(let z=Te==1?k:x;z>=k&&z<=x;z+=Te){let ye=D[z];if(ye==null)continue;if(Ht!=null){let rt=Ht[z]??0;if(ye-rt==0)continue;Qe=R(rt,O,C,Y)}let Fe=E.distr!=2||d!=null?v[z]:z,Dn=S(Fe,E,G,I),cn=R(ue(ye,Ie),O,C,Y),Lt=H(Dn-Ee),un=H(nt(cn,Qe)),it=H(Pt(cn,Qe)),gt=un-it;if(ye!=null){let rt=ye<0?ee:an,St=ye<0?an:ee;Dt?(Ae>0&&Bt[z]!=null&&ie(An.get(Bt[z]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),rt,St),Ut[z]!=null&&ie(ht.get(Ut[z]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),rt,St)):ie(Pn,Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),rt,St),he(_,w,z,Lt-Ae/2,it,pe+Ae,gt)}}return Ae>0?Ze.stroke=Dt?An:Pn:Dt||(Ze._fill=A.width==0?A._fill:A._stroke??A._fill,Ze.width=0),Ze.fill=Dt?ht:Pn,Ze})}function kd(e,t){let n=ue(t?.alignGaps,0);return(o,r,l,s)=>Sn(o,r,(a,u,d,p,m,g,_,w,k,x,A)=>{[l,s]=fr(d,l,s);let v=a.pxRound,D=B=>v(g(B,p,x,w)),E=B=>v(_(B,m,A,k)),O,S,R;p.ori==0?(O=gr,R=lo,S=ja):(O=_r,R=so,S=Ka);let I=p.dir*(p.ori==0?1:-1),Y=D(u[I==1?l:s]),G=Y,C=[],H=[];for(let B=I==1?l:s;B>=l&&B<=s;B+=I)if(d[B]!=null){let Te=u[B],ie=D(Te);C.push(G=ie),H.push(E(d[B]))}let N={stroke:e(C,H,O,R,S,v),fill:null,clip:null,band:null,gaps:null,flags:oo},K=N.stroke,[j,le]=Vl(o,r);if(a.fill!=null||j!=0){let B=N.fill=new Path2D(K),ot=a.fillTo(o,r,a.min,a.max,j),Te=E(ot);R(B,G,Te),R(B,Y,Te)}if(!a.spanGaps){let B=[];B.push(...Wl(u,d,l,s,I,D,n)),N.gaps=B=a.gaps(o,r,l,s,B),N.clip=hr(B,p.ori,w,k,x,A)}return le!=0&&(N.band=le==2?[Gt(o,r,l,s,K,-1),Gt(o,r,l,s,K,1)]:Gt(o,r,l,s,K,le)),N})}function xd(e){return kd(Sd,e)}function Sd(e,t,n,o,r,l){let s=e.length;if(s<2)return null;let a=new Path2D;if(n(a,e[0],t[0]),s==2)o(a,e[1],t[1]);else{let u=Array(s),d=Array(s-1),p=Array(s-1),m=Array(s-1);for(let g=0;g<s-1;g++)p[g]=t[g+1]-t[g],m[g]=e[g+1]-e[g],d[g]=p[g]/m[g];u[0]=d[0];for(let g=1;g<s-1;g++)d[g]===0||d[g-1]===0||d[g-1]>0!=d[g]>0?u[g]=0:(u[g]=3*(m[g-1]+m[g])/((2*m[g]+m[g-1])/d[g-1]+(m[g]+2*m[g-1])/d[g]),isFinite(u[g])||(u[g]=0));u[s-1]=d[s-2];for(let g=0;g<s-1;g++)r(a,e[g]+m[g]/3,t[g]+u[g]*m[g]/3,e[g+1]-m[g]/3,t[g+1]-u[g+1]*m[g]/3,e[g+1],t[g+1])}return a}var Ml=new Set;function da(){for(let e of Ml)e.syncRect(!0)}ro&&(kn(rf,Xn,da),kn(lf,Xn,da,!0),kn(ar,Xn,()=>{je.pxRatio=de}));var Td=Qa(),Ed=Ya();function pa(e,t,n,o){return(o?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((l,s)=>Pl(l,s,t,n))}function Cd(e,t){return e.map((n,o)=>o==0?{}:Oe({},t,n))}function Pl(e,t,n,o){return Oe({},t==0?n:o,e)}function Za(e,t,n){return t==null?to:[t,n]}var Ad=Za;function Md(e,t,n){return t==null?to:cr(t,n,Ol,!0)}function Xa(e,t,n,o){return t==null?to:dr(t,n,e.scales[o].log,!1)}var Pd=Xa;function ec(e,t,n,o){return t==null?to:Nl(t,n,e.scales[o].log,!1)}var Dd=ec;function Ld(e,t,n,o,r){let l=nt(Gi(e),Gi(t)),s=t-e,a=Mt(r/o*s,n);do{let u=n[a],d=o*u/s;if(d>=r&&l+(u<5?rn.get(u):0)<=17)return[u,d]}while(++a<n.length);return[0,0]}function ma(e){let t,n;return e=e.replace(/(\d+)px/,(o,r)=>(t=qe((n=+r)*de))+"px"),[e,t,n]}function Rd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let n=be(t[2]*de,1);t[0]=t[0].replace(/[0-9.]+px/,n+"px"),t[1]=n})}function je(e,t,n){let o={mode:ue(e.mode,1)},r=o.mode;function l(i,c,f,h){let b=c.valToPct(i);return h+f*(c.dir==-1?1-b:b)}function s(i,c,f,h){let b=c.valToPct(i);return h+f*(c.dir==-1?b:1-b)}function a(i,c,f,h){return c.ori==0?l(i,c,f,h):s(i,c,f,h)}o.valToPosH=l,o.valToPosV=s;let u=!1;o.status=0;let d=o.root=wt(zu);if(e.id!=null&&(d.id=e.id),dt(d,e.class),e.title){let i=wt(Vu,d);i.textContent=e.title}let p=At("canvas"),m=o.ctx=p.getContext("2d"),g=wt(Wu,d);kn("click",g,i=>{i.target===w&&($e!=Vn||Ce!=Wn)&&Ye.click(o,i)},!0);let _=o.under=wt(Gu,g);g.appendChild(p);let w=o.over=wt(Bu,g);e=no(e);let k=+ue(e.pxAlign,1),x=ua(k);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(o,e)||e)});let A=e.ms||.001,v=o.series=r==1?pa(e.series||[],oa,aa,!1):Cd(e.series||[null],ia),D=o.axes=pa(e.axes||[],na,la,!0),E=o.scales={},O=o.bands=e.bands||[];O.forEach(i=>{i.fill=re(i.fill||null),i.dir=ue(i.dir,-1)});let S=r==2?v[1].facets[0].scale:v[0].scale,R={axes:Oc,series:Pc},I=(e.drawOrder||["axes","series"]).map(i=>R[i]);function Y(i){let c=i.distr==3?f=>Wt(f>0?f:i.clamp(o,f,i.min,i.max,i.key)):i.distr==4?f=>bl(f,i.asinh):i.distr==100?f=>i.fwd(f):f=>f;return f=>{let h=c(f),{_min:b,_max:$}=i,T=$-b;return(h-b)/T}}function G(i){let c=E[i];if(c==null){let f=(e.scales||Co)[i]||Co;if(f.from!=null){G(f.from);let h=Oe({},E[f.from],f,{key:i});h.valToPct=Y(h),E[i]=h}else{c=E[i]=Oe({},i==S?Ha:gd,f),c.key=i;let h=c.time,b=c.range,$=on(b);if((i!=S||r==2&&!h)&&($&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Hi:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Hi:{mode:1,hard:b[1],soft:b[1]}},$=!1),!$&&mr(b))){let T=b;b=(M,L,F)=>L==null?to:cr(L,F,T)}c.range=re(b||(h?Ad:i==S?c.distr==3?Pd:c.distr==4?Dd:Za:c.distr==3?Xa:c.distr==4?ec:Md)),c.auto=re($?!1:c.auto),c.clamp=re(c.clamp||hd),c._min=c._max=null,c.valToPct=Y(c)}}}G("x"),G("y"),r==1&&v.forEach(i=>{G(i.scale)}),D.forEach(i=>{G(i.scale)});for(let i in e.scales)G(i);let C=E[S],H=C.distr,N,K;C.ori==0?(dt(d,Uu),N=l,K=s):(dt(d,Hu),N=s,K=l);let j={};for(let i in E){let c=E[i];(c.min!=null||c.max!=null)&&(j[i]={min:c.min,max:c.max},c.min=c.max=null)}let le=e.tzDate||(i=>new Date(qe(i/A))),B=e.fmtDate||ql,ot=A==1?Hf(le):Gf(le),Te=Xi(le,Zi(A==1?Uf:Wf,B)),ie=ta(le,ea(jf,B)),he=[],ne=o.legend=Oe({},Jf,e.legend),V=o.cursor=Oe({},nd,{drag:{y:r==2}},e.cursor),Ie=ne.show,Qe=V.show,Ee=ne.markers;ne.idxs=he,Ee.width=re(Ee.width),Ee.dash=re(Ee.dash),Ee.stroke=re(Ee.stroke),Ee.fill=re(Ee.fill);let pe,xt,st,Ae=[],Dt=[],Ut,ht=!1,Bt={};if(ne.live){let i=v[1]?v[1].values:null;ht=i!=null,Ut=ht?i(o,1,0):{_:0};for(let c in Ut)Bt[c]=Ll}if(Ie)if(pe=At("table",Zu,d),st=At("tbody",null,pe),ne.mount(o,pe),ht){xt=At("thead",null,pe,st);let i=At("tr",null,xt);At("th",null,i);for(var An in Ut)At("th",Ai,i).textContent=An}else dt(pe,ef),ne.live&&dt(pe,Xu);let Mn={show:!0},io={show:!1};function Mo(i,c){if(c==0&&(ht||!ne.live||r==2))return to;let f=[],h=At("tr",tf,st,st.childNodes[c]);dt(h,i.class),i.show||dt(h,wn);let b=At("th",null,h);if(Ee.show){let M=wt(nf,b);if(c>0){let L=Ee.width(o,c);L&&(M.style.border=L+"px "+Ee.dash(o,c)+" "+Ee.stroke(o,c)),M.style.background=Ee.fill(o,c)}}let $=wt(Ai,b);i.label instanceof HTMLElement?$.appendChild(i.label):$.textContent=i.label,c>0&&(Ee.show||($.style.color=i.width>0?Ee.stroke(o,c):Ee.fill(o,c)),Ze("click",b,M=>{if(V._lock)return;dn(M);let L=v.indexOf(i);if((M.ctrlKey||M.metaKey)!=ne.isolate){let F=v.some((q,U)=>U>0&&U!=L&&q.show);v.forEach((q,U)=>{U>0&&Nt(U,F?U==L?Mn:io:Mn,!0,Le.setSeries)})}else Nt(L,{show:!i.show},!0,Le.setSeries)},!1),Rn&&Ze(Li,b,M=>{V._lock||(dn(M),Nt(v.indexOf(i),Bn,!0,Le.setSeries))},!1));for(var T in Ut){let M=At("td",of,h);M.textContent="--",f.push(M)}return[h,f]}let sn=new Map;function Ze(i,c,f,h=!0){let b=sn.get(c)||{},$=V.bind[i](o,c,f,h);$&&(kn(i,c,b[i]=$),sn.set(c,b))}function Pn(i,c,f){let h=sn.get(c)||{};for(let b in h)(i==null||b==i)&&(Sl(b,c,h[b]),delete h[b]);i==null&&sn.delete(c)}let Ht=0,an=0,ee=0,z=0,ye=0,Fe=0,Dn=ye,cn=Fe,Lt=ee,un=z,it=0,gt=0,rt=0,St=0;o.bbox={};let wr=!1,Po=!1,Ln=!1,fn=!1,Do=!1,_t=!1;function kr(i,c,f){(f||i!=o.width||c!=o.height)&&Ql(i,c),qn(!1),Ln=!0,Po=!0,zn()}function Ql(i,c){o.width=Ht=ee=i,o.height=an=z=c,ye=Fe=0,xc(),Sc();let f=o.bbox;it=f.left=vn(ye*de,.5),gt=f.top=vn(Fe*de,.5),rt=f.width=vn(ee*de,.5),St=f.height=vn(z*de,.5)}let $c=3;function wc(){let i=!1,c=0;for(;!i;){c++;let f=Rc(c),h=Nc(c);i=c==$c||f&&h,i||(Ql(o.width,o.height),Po=!0)}}function kc({width:i,height:c}){kr(i,c)}o.setSize=kc;function xc(){let i=!1,c=!1,f=!1,h=!1;D.forEach((b,$)=>{if(b.show&&b._show){let{side:T,_size:M}=b,L=T%2,F=b.label!=null?b.labelSize:0,q=M+F;q>0&&(L?(ee-=q,T==3?(ye+=q,h=!0):f=!0):(z-=q,T==0?(Fe+=q,i=!0):c=!0))}}),pn[0]=i,pn[1]=f,pn[2]=c,pn[3]=h,ee-=jt[1]+jt[3],ye+=jt[3],z-=jt[2]+jt[0],Fe+=jt[0]}function Sc(){let i=ye+ee,c=Fe+z,f=ye,h=Fe;function b($,T){switch($){case 1:return i+=T,i-T;case 2:return c+=T,c-T;case 3:return f-=T,f+T;case 0:return h-=T,h+T}}D.forEach(($,T)=>{if($.show&&$._show){let M=$.side;$._pos=b(M,$._size),$.label!=null&&($._lpos=b(M,$.labelSize))}})}if(V.dataIdx==null){let i=V.hover,c=i.skip=new Set(i.skip??[]);c.add(void 0);let f=i.prox=re(i.prox),h=i.bias??(i.bias=0);V.dataIdx=(b,$,T,M)=>{if($==0)return T;let L=T,F=f(b,$,T,M)??_e,q=F>=0&&F<_e,U=C.ori==0?ee:z,X=V.left,fe=t[0],ae=t[$];if(c.has(ae[T])){L=null;let oe=null,J=null,W;if(h==0||h==-1)for(W=T;oe==null&&W-- >0;)c.has(ae[W])||(oe=W);if(h==0||h==1)for(W=T;J==null&&W++<ae.length;)c.has(ae[W])||(J=W);if(oe!=null||J!=null)if(q){let ke=oe==null?-1/0:N(fe[oe],C,U,0),Me=J==null?1/0:N(fe[J],C,U,0),Be=X-ke,ge=Me-X;Be<=ge?Be<=F&&(L=oe):ge<=F&&(L=J)}else L=J==null?oe:oe==null?J:T-oe<=J-T?oe:J}else q&&ze(X-N(fe[T],C,U,0))>F&&(L=null);return L}}let dn=i=>{V.event=i};V.idxs=he,V._lock=!1;let Je=V.points;Je.show=re(Je.show),Je.size=re(Je.size),Je.stroke=re(Je.stroke),Je.width=re(Je.width),Je.fill=re(Je.fill);let Rt=o.focus=Oe({},e.focus||{alpha:.3},V.focus),Rn=Rt.prox>=0,Nn=Rn&&Je.one,bt=[],On=[],In=[];function Zl(i,c){let f=Je.show(o,c);if(f instanceof HTMLElement)return dt(f,Qu),dt(f,i.class),zt(f,-10,-10,ee,z),w.insertBefore(f,bt[c]),f}function Xl(i,c){if(r==1||c>0){let f=r==1&&E[i.scale].time,h=i.value;i.value=f?Ki(h)?ta(le,ea(h,B)):h||ie:h||dd,i.label=i.label||(f?rd:od)}if(Nn||c>0){i.width=i.width==null?1:i.width,i.paths=i.paths||Td||gf,i.fillTo=re(i.fillTo||_d),i.pxAlign=+ue(i.pxAlign,k),i.pxRound=ua(i.pxAlign),i.stroke=re(i.stroke||null),i.fill=re(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let f=pd(nt(1,i.width),1),h=i.points=Oe({},{size:f,width:nt(1,f*.2),stroke:i.stroke,space:f*2,paths:Ed,_stroke:null,_fill:null},i.points);h.show=re(h.show),h.filter=re(h.filter),h.fill=re(h.fill),h.stroke=re(h.stroke),h.paths=re(h.paths),h.pxAlign=i.pxAlign}if(Ie){let f=Mo(i,c);Ae.splice(c,0,f[0]),Dt.splice(c,0,f[1]),ne.values.push(null)}if(Qe){he.splice(c,0,null);let f=null;Nn?c==0&&(f=Zl(i,c)):c>0&&(f=Zl(i,c)),bt.splice(c,0,f),On.splice(c,0,0),In.splice(c,0,0)}Ge("addSeries",c)}function Tc(i,c){c=c??v.length,i=r==1?Pl(i,c,oa,aa):Pl(i,c,{},ia),v.splice(c,0,i),Xl(v[c],c)}o.addSeries=Tc;function Ec(i){if(v.splice(i,1),Ie){ne.values.splice(i,1),Dt.splice(i,1);let c=Ae.splice(i,1)[0];Pn(null,c.firstChild),c.remove()}Qe&&(he.splice(i,1),bt.splice(i,1)[0].remove(),On.splice(i,1),In.splice(i,1)),Ge("delSeries",i)}o.delSeries=Ec;let pn=[!1,!1,!1,!1];function Cc(i,c){if(i._show=i.show,i.show){let f=i.side%2,h=E[i.scale];h==null&&(i.scale=f?v[1].scale:S,h=E[i.scale]);let b=h.time;i.size=re(i.size),i.space=re(i.space),i.rotate=re(i.rotate),on(i.incrs)&&i.incrs.forEach(T=>{!rn.has(T)&&rn.set(T,ka(T))}),i.incrs=re(i.incrs||(h.distr==2?Ff:b?A==1?zf:Vf:$n)),i.splits=re(i.splits||(b&&h.distr==1?ot:h.distr==3?El:h.distr==4?id:sd)),i.stroke=re(i.stroke),i.grid.stroke=re(i.grid.stroke),i.ticks.stroke=re(i.ticks.stroke),i.border.stroke=re(i.border.stroke);let $=i.values;i.values=on($)&&!on($[0])?re($):b?on($)?Xi(le,Zi($,B)):Ki($)?Bf(le,$):$||Te:$||ld,i.filter=re(i.filter||(h.distr>=3&&h.log==10?ud:h.distr==3&&h.log==2?fd:$a)),i.font=ma(i.font),i.labelFont=ma(i.labelFont),i._size=i.size(o,null,c,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(pn[c]=!0,i._el=wt(ju,g))}}function ao(i,c,f,h){let[b,$,T,M]=f,L=c%2,F=0;return L==0&&(M||$)&&(F=c==0&&!b||c==2&&!T?qe(na.size/3):0),L==1&&(b||T)&&(F=c==1&&!$||c==3&&!M?qe(la.size/2):0),F}let es=o.padding=(e.padding||[ao,ao,ao,ao]).map(i=>re(ue(i,ao))),jt=o._padding=es.map((i,c)=>i(o,c,pn,0)),Ke,Ue=null,He=null,Lo=r==1?v[0].idxs:null,Tt=null,co=!1;function ts(i,c){if(t=i??[],o.data=o._data=t,r==2){Ke=0;for(let f=1;f<v.length;f++)Ke+=t[f][0].length}else{t.length==0&&(o.data=o._data=t=[[]]),Tt=t[0],Ke=Tt.length;let f=t;if(H==2){f=t.slice();let h=f[0]=Array(Ke);for(let b=0;b<Ke;b++)h[b]=b}o._data=t=f}if(qn(!0),Ge("setData"),H==2&&(Ln=!0),c!==!1){let f=C;f.auto(o,co)?xr():Yt(S,f.min,f.max),fn=fn||V.left>=0,_t=!0,zn()}}o.setData=ts;function xr(){co=!0;let i,c;r==1&&(Ke>0?(Ue=Lo[0]=0,He=Lo[1]=Ke-1,i=t[0][Ue],c=t[0][He],H==2?(i=Ue,c=He):i==c&&(H==3?[i,c]=dr(i,i,C.log,!1):H==4?[i,c]=Nl(i,i,C.log,!1):C.time?c=i+qe(86400/A):[i,c]=cr(i,c,Ol,!0))):(Ue=Lo[0]=i=null,He=Lo[1]=c=null)),Yt(S,i,c)}let Ro,Fn,Sr,Tr,Er,Cr,Ar,Mr,Pr,lt;function ns(i,c,f,h,b,$){i??(i=Pi),f??(f=Fl),h??(h="butt"),b??(b=Pi),$??($="round"),i!=Ro&&(m.strokeStyle=Ro=i),b!=Fn&&(m.fillStyle=Fn=b),c!=Sr&&(m.lineWidth=Sr=c),$!=Er&&(m.lineJoin=Er=$),h!=Cr&&(m.lineCap=Cr=h),f!=Tr&&m.setLineDash(Tr=f)}function os(i,c,f,h){c!=Fn&&(m.fillStyle=Fn=c),i!=Ar&&(m.font=Ar=i),f!=Mr&&(m.textAlign=Mr=f),h!=Pr&&(m.textBaseline=Pr=h)}function Dr(i,c,f,h,b=0){if(h.length>0&&i.auto(o,co)&&(c==null||c.min==null)){let $=ue(Ue,0),T=ue(He,h.length-1),M=f.min==null?uf(h,$,T,b,i.distr==3):[f.min,f.max];i.min=Pt(i.min,f.min=M[0]),i.max=nt(i.max,f.max=M[1])}}let rs={min:null,max:null};function Ac(){for(let h in E){let b=E[h];j[h]==null&&(b.min==null||j[S]!=null&&b.auto(o,co))&&(j[h]=rs)}for(let h in E){let b=E[h];j[h]==null&&b.from!=null&&j[b.from]!=null&&(j[h]=rs)}j[S]!=null&&qn(!0);let i={};for(let h in j){let b=j[h];if(b!=null){let $=i[h]=no(E[h],yf);if(b.min!=null)Oe($,b);else if(h!=S||r==2)if(Ke==0&&$.from==null){let T=$.range(o,null,null,h);$.min=T[0],$.max=T[1]}else $.min=_e,$.max=-_e}}if(Ke>0){v.forEach((h,b)=>{if(r==1){let $=h.scale,T=j[$];if(T==null)return;let M=i[$];if(b==0){let L=M.range(o,M.min,M.max,$);M.min=L[0],M.max=L[1],Ue=Mt(M.min,t[0]),He=Mt(M.max,t[0]),He-Ue>1&&(t[0][Ue]<M.min&&Ue++,t[0][He]>M.max&&He--),h.min=Tt[Ue],h.max=Tt[He]}else h.show&&h.auto&&Dr(M,T,h,t[b],h.sorted);h.idxs[0]=Ue,h.idxs[1]=He}else if(b>0&&h.show&&h.auto){let[$,T]=h.facets,M=$.scale,L=T.scale,[F,q]=t[b],U=i[M],X=i[L];U!=null&&Dr(U,j[M],$,F,$.sorted),X!=null&&Dr(X,j[L],T,q,T.sorted),h.min=T.min,h.max=T.max}});for(let h in i){let b=i[h],$=j[h];if(b.from==null&&($==null||$.min==null)){let T=b.range(o,b.min==_e?null:b.min,b.max==-_e?null:b.max,h);b.min=T[0],b.max=T[1]}}}for(let h in i){let b=i[h];if(b.from!=null){let $=i[b.from];if($.min==null)b.min=b.max=null;else{let T=b.range(o,$.min,$.max,h);b.min=T[0],b.max=T[1]}}}let c={},f=!1;for(let h in i){let b=i[h],$=E[h];if($.min!=b.min||$.max!=b.max){$.min=b.min,$.max=b.max;let T=$.distr;$._min=T==3?Wt($.min):T==4?bl($.min,$.asinh):T==100?$.fwd($.min):$.min,$._max=T==3?Wt($.max):T==4?bl($.max,$.asinh):T==100?$.fwd($.max):$.max,c[h]=f=!0}}if(f){v.forEach((h,b)=>{r==2?b>0&&c.y&&(h._paths=null):c[h.scale]&&(h._paths=null)});for(let h in c)Ln=!0,Ge("setScale",h);Qe&&V.left>=0&&(fn=_t=!0)}for(let h in j)j[h]=null}function Mc(i){let c=Tl(Ue-1,0,Ke-1),f=Tl(He+1,0,Ke-1);for(;i[c]==null&&c>0;)c--;for(;i[f]==null&&f<Ke-1;)f++;return[c,f]}function Pc(){if(Ke>0){let i=v.some(c=>c._focus)&&lt!=Rt.alpha;i&&(m.globalAlpha=lt=Rt.alpha),v.forEach((c,f)=>{if(f>0&&c.show&&(ls(f,!1),ls(f,!0),c._paths==null)){let h=lt;lt!=c.alpha&&(m.globalAlpha=lt=c.alpha);let b=r==2?[0,t[f][0].length-1]:Mc(t[f]);c._paths=c.paths(o,f,b[0],b[1]),lt!=h&&(m.globalAlpha=lt=h)}}),v.forEach((c,f)=>{if(f>0&&c.show){let h=lt;lt!=c.alpha&&(m.globalAlpha=lt=c.alpha),c._paths!=null&&ss(f,!1);{let b=c._paths!=null?c._paths.gaps:null,$=c.points.show(o,f,Ue,He,b),T=c.points.filter(o,f,$,b);($||T)&&(c.points._paths=c.points.paths(o,f,Ue,He,T),ss(f,!0))}lt!=h&&(m.globalAlpha=lt=h),Ge("drawSeries",f)}}),i&&(m.globalAlpha=lt=1)}}function ls(i,c){let f=c?v[i].points:v[i];f._stroke=f.stroke(o,i),f._fill=f.fill(o,i)}function ss(i,c){let f=c?v[i].points:v[i],{stroke:h,fill:b,clip:$,flags:T,_stroke:M=f._stroke,_fill:L=f._fill,_width:F=f.width}=f._paths;F=be(F*de,3);let q=null,U=F%2/2;c&&L==null&&(L=F>0?"#fff":M);let X=f.pxAlign==1&&U>0;if(X&&m.translate(U,U),!c){let fe=it-F/2,ae=gt-F/2,oe=rt+F,J=St+F;q=new Path2D,q.rect(fe,ae,oe,J)}c?Lr(M,F,f.dash,f.cap,L,h,b,T,$):Dc(i,M,F,f.dash,f.cap,L,h,b,T,q,$),X&&m.translate(-U,-U)}function Dc(i,c,f,h,b,$,T,M,L,F,q){let U=!1;L!=0&&O.forEach((X,fe)=>{if(X.series[0]==i){let ae=v[X.series[1]],oe=t[X.series[1]],J=(ae._paths||Co).band;on(J)&&(J=X.dir==1?J[0]:J[1]);let W,ke=null;ae.show&&J&&df(oe,Ue,He)?(ke=X.fill(o,fe)||$,W=ae._paths.clip):J=null,Lr(c,f,h,b,ke,T,M,L,F,q,W,J),U=!0}}),U||Lr(c,f,h,b,$,T,M,L,F,q)}let is=oo|Al;function Lr(i,c,f,h,b,$,T,M,L,F,q,U){ns(i,c,f,h,b),(L||F||U)&&(m.save(),L&&m.clip(L),F&&m.clip(F)),U?(M&is)==is?(m.clip(U),q&&m.clip(q),Oo(b,T),No(i,$,c)):M&Al?(Oo(b,T),m.clip(U),No(i,$,c)):M&oo&&(m.save(),m.clip(U),q&&m.clip(q),Oo(b,T),m.restore(),No(i,$,c)):(Oo(b,T),No(i,$,c)),(L||F||U)&&m.restore()}function No(i,c,f){f>0&&(c instanceof Map?c.forEach((h,b)=>{m.strokeStyle=Ro=b,m.stroke(h)}):c!=null&&i&&m.stroke(c))}function Oo(i,c){c instanceof Map?c.forEach((f,h)=>{m.fillStyle=Fn=h,m.fill(f)}):c!=null&&i&&m.fill(c)}function Lc(i,c,f,h){let b=D[i],$;if(h<=0)$=[0,0];else{let T=b._space=b.space(o,i,c,f,h),M=b._incrs=b.incrs(o,i,c,f,h,T);$=Ld(c,f,M,h,T)}return b._found=$}function Rr(i,c,f,h,b,$,T,M,L,F){let q=T%2/2;k==1&&m.translate(q,q),ns(M,T,L,F,M),m.beginPath();let U,X,fe,ae,oe=b+(h==0||h==3?-$:$);f==0?(X=b,ae=oe):(U=b,fe=oe);for(let J=0;J<i.length;J++)c[J]!=null&&(f==0?U=fe=i[J]:X=ae=i[J],m.moveTo(U,X),m.lineTo(fe,ae));m.stroke(),k==1&&m.translate(-q,-q)}function Rc(i){let c=!0;return D.forEach((f,h)=>{if(!f.show)return;let b=E[f.scale];if(b.min==null){f._show&&(c=!1,f._show=!1,qn(!1));return}else f._show||(c=!1,f._show=!0,qn(!1));let $=f.side,T=$%2,{min:M,max:L}=b,[F,q]=Lc(h,M,L,T==0?ee:z);if(q==0)return;let U=b.distr==2,X=f._splits=f.splits(o,h,M,L,F,q,U),fe=b.distr==2?X.map(W=>Tt[W]):X,ae=b.distr==2?Tt[X[1]]-Tt[X[0]]:F,oe=f._values=f.values(o,f.filter(o,fe,h,q,ae),h,q,ae);f._rotate=$==2?f.rotate(o,oe,h,q):0;let J=f._size;f._size=kt(f.size(o,oe,h,i)),J!=null&&f._size!=J&&(c=!1)}),c}function Nc(i){let c=!0;return es.forEach((f,h)=>{let b=f(o,h,pn,i);b!=jt[h]&&(c=!1),jt[h]=b}),c}function Oc(){for(let i=0;i<D.length;i++){let c=D[i];if(!c.show||!c._show)continue;let f=c.side,h=f%2,b,$,T=c.stroke(o,i),M=f==0||f==3?-1:1,[L,F]=c._found;if(c.label!=null){let et=c.labelGap*M,ut=qe((c._lpos+et)*de);os(c.labelFont[0],T,"center",f==2?"top":Mi),m.save(),h==1?(b=$=0,m.translate(ut,qe(gt+St/2)),m.rotate((f==3?-ir:ir)/2)):(b=qe(it+rt/2),$=ut);let gn=ya(c.label)?c.label(o,i,L,F):c.label;m.fillText(gn,b,$),m.restore()}if(F==0)continue;let q=E[c.scale],U=h==0?rt:St,X=h==0?it:gt,fe=c._splits,ae=q.distr==2?fe.map(et=>Tt[et]):fe,oe=q.distr==2?Tt[fe[1]]-Tt[fe[0]]:L,J=c.ticks,W=c.border,ke=J.show?J.size:0,Me=qe(ke*de),Be=qe((c.alignTo==2?c._size-ke-c.gap:c.gap)*de),ge=c._rotate*-ir/180,Pe=x(c._pos*de),at=(Me+Be)*M,Xe=Pe+at;$=h==0?Xe:0,b=h==1?Xe:0;let yt=c.font[0],Et=c.align==1?Qn:c.align==2?hl:ge>0?Qn:ge<0?hl:h==0?"center":f==3?hl:Qn,It=ge||h==1?"middle":f==2?"top":Mi;os(yt,T,Et,It);let ct=c.font[1]*c.lineGap,vt=fe.map(et=>x(a(et,q,U,X))),Ct=c._values;for(let et=0;et<Ct.length;et++){let ut=Ct[et];if(ut!=null){h==0?b=vt[et]:$=vt[et],ut=""+ut;let gn=ut.indexOf(`
`)==-1?[ut]:ut.split(/\n/gm);for(let tt=0;tt<gn.length;tt++){let Ts=gn[tt];ge?(m.save(),m.translate(b,$+tt*ct),m.rotate(ge),m.fillText(Ts,0,0),m.restore()):m.fillText(Ts,b,$+tt*ct)}}}J.show&&Rr(vt,J.filter(o,ae,i,F,oe),h,f,Pe,Me,be(J.width*de,3),J.stroke(o,i),J.dash,J.cap);let Ft=c.grid;Ft.show&&Rr(vt,Ft.filter(o,ae,i,F,oe),h,h==0?2:1,h==0?gt:it,h==0?St:rt,be(Ft.width*de,3),Ft.stroke(o,i),Ft.dash,Ft.cap),W.show&&Rr([Pe],[1],h==0?1:0,h==0?1:2,h==1?gt:it,h==1?St:rt,be(W.width*de,3),W.stroke(o,i),W.dash,W.cap)}Ge("drawAxes")}function qn(i){v.forEach((c,f)=>{f>0&&(c._paths=null,i&&(r==1?(c.min=null,c.max=null):c.facets.forEach(h=>{h.min=null,h.max=null})))})}let Io=!1,Nr=!1,uo=[];function Ic(){Nr=!1;for(let i=0;i<uo.length;i++)Ge(...uo[i]);uo.length=0}function zn(){Io||(Tf(as),Io=!0)}function Fc(i,c=!1){Io=!0,Nr=c,i(o),as(),c&&uo.length>0&&queueMicrotask(Ic)}o.batch=Fc;function as(){if(wr&&(Ac(),wr=!1),Ln&&(wc(),Ln=!1),Po){if(Se(_,Qn,ye),Se(_,"top",Fe),Se(_,xo,ee),Se(_,So,z),Se(w,Qn,ye),Se(w,"top",Fe),Se(w,xo,ee),Se(w,So,z),Se(g,xo,Ht),Se(g,So,an),p.width=qe(Ht*de),p.height=qe(an*de),D.forEach(({_el:i,_show:c,_size:f,_pos:h,side:b})=>{if(i!=null)if(c){let $=b===3||b===0?f:0,T=b%2==1;Se(i,T?"left":"top",h-$),Se(i,T?"width":"height",f),Se(i,T?"top":"left",T?Fe:ye),Se(i,T?"height":"width",T?z:ee),xl(i,wn)}else dt(i,wn)}),Ro=Fn=Sr=Er=Cr=Ar=Mr=Pr=Tr=null,lt=1,mo(!0),ye!=Dn||Fe!=cn||ee!=Lt||z!=un){qn(!1);let i=ee/Lt,c=z/un;if(Qe&&!fn&&V.left>=0){V.left*=i,V.top*=c,Un&&zt(Un,qe(V.left),0,ee,z),Hn&&zt(Hn,0,qe(V.top),ee,z);for(let f=0;f<bt.length;f++){let h=bt[f];h!=null&&(On[f]*=i,In[f]*=c,zt(h,kt(On[f]),kt(In[f]),ee,z))}}if(we.show&&!Do&&we.left>=0&&we.width>0){we.left*=i,we.width*=i,we.top*=c,we.height*=c;for(let f in Ur)Se(Gn,f,we[f])}Dn=ye,cn=Fe,Lt=ee,un=z}Ge("setSize"),Po=!1}Ht>0&&an>0&&(m.clearRect(0,0,p.width,p.height),Ge("drawClear"),I.forEach(i=>i()),Ge("draw")),we.show&&Do&&(Fo(we),Do=!1),Qe&&fn&&(hn(null,!0,!1),fn=!1),ne.show&&ne.live&&_t&&(qr(),_t=!1),u||(u=!0,o.status=1,Ge("ready")),co=!1,Io=!1}o.redraw=(i,c)=>{Ln=c||!1,i!==!1?Yt(S,C.min,C.max):zn()};function Or(i,c){let f=E[i];if(f.from==null){if(Ke==0){let h=f.range(o,c.min,c.max,i);c.min=h[0],c.max=h[1]}if(c.min>c.max){let h=c.min;c.min=c.max,c.max=h}if(Ke>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;i==S&&f.distr==2&&Ke>0&&(c.min=Mt(c.min,t[0]),c.max=Mt(c.max,t[0]),c.min==c.max&&c.max++),j[i]=c,wr=!0,zn()}}o.setScale=Or;let Ir,Fr,Un,Hn,cs,us,Vn,Wn,fs,ds,$e,Ce,Kt=!1,Ye=V.drag,Ve=Ye.x,We=Ye.y;Qe&&(V.x&&(Ir=wt(Yu,w)),V.y&&(Fr=wt(Ju,w)),C.ori==0?(Un=Ir,Hn=Fr):(Un=Fr,Hn=Ir),$e=V.left,Ce=V.top);let we=o.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Gn=we.show?wt(Ku,we.over?w:_):null;function Fo(i,c){if(we.show){for(let f in i)we[f]=i[f],f in Ur&&Se(Gn,f,i[f]);c!==!1&&Ge("setSelect")}}o.setSelect=Fo;function qc(i){if(v[i].show)Ie&&xl(Ae[i],wn);else if(Ie&&dt(Ae[i],wn),Qe){let f=Nn?bt[0]:bt[i];f!=null&&zt(f,-10,-10,ee,z)}}function Yt(i,c,f){Or(i,{min:c,max:f})}function Nt(i,c,f,h){c.focus!=null&&Wc(i),c.show!=null&&v.forEach((b,$)=>{$>0&&(i==$||i==null)&&(b.show=c.show,qc($),r==2?(Yt(b.facets[0].scale,null,null),Yt(b.facets[1].scale,null,null)):Yt(b.scale,null,null),zn())}),f!==!1&&Ge("setSeries",i,c),h&&ho("setSeries",o,i,c)}o.setSeries=Nt;function zc(i,c){Oe(O[i],c)}function Uc(i,c){i.fill=re(i.fill||null),i.dir=ue(i.dir,-1),c=c??O.length,O.splice(c,0,i)}function Hc(i){i==null?O.length=0:O.splice(i,1)}o.addBand=Uc,o.setBand=zc,o.delBand=Hc;function Vc(i,c){v[i].alpha=c,Qe&&bt[i]!=null&&(bt[i].style.opacity=c),Ie&&Ae[i]&&(Ae[i].style.opacity=c)}let Vt,Jt,mn,Bn={focus:!0};function Wc(i){if(i!=mn){let c=i==null,f=Rt.alpha!=1;v.forEach((h,b)=>{if(r==1||b>0){let $=c||b==0||b==i;h._focus=c?null:$,f&&Vc(b,$?1:Rt.alpha)}}),mn=i,f&&zn()}}Ie&&Rn&&Ze(Ri,pe,i=>{V._lock||(dn(i),mn!=null&&Nt(null,Bn,!0,Le.setSeries))});function Ot(i,c,f){let h=E[c];f&&(i=i/de-(h.ori==1?Fe:ye));let b=ee;h.ori==1&&(b=z,i=b-i),h.dir==-1&&(i=b-i);let $=h._min,T=h._max,M=i/b,L=$+(T-$)*M,F=h.distr;return F==3?eo(10,L):F==4?mf(L,h.asinh):F==100?h.bwd(L):L}function Gc(i,c){let f=Ot(i,S,c);return Mt(f,t[0],Ue,He)}o.valToIdx=i=>Mt(i,t[0]),o.posToIdx=Gc,o.posToVal=Ot,o.valToPos=(i,c,f)=>E[c].ori==0?l(i,E[c],f?rt:ee,f?it:0):s(i,E[c],f?St:z,f?gt:0),o.setCursor=(i,c,f)=>{$e=i.left,Ce=i.top,hn(null,c,f)};function ps(i,c){Se(Gn,Qn,we.left=i),Se(Gn,xo,we.width=c)}function ms(i,c){Se(Gn,"top",we.top=i),Se(Gn,So,we.height=c)}let fo=C.ori==0?ps:ms,po=C.ori==1?ps:ms;function Bc(){if(Ie&&ne.live)for(let i=r==2?1:0;i<v.length;i++){if(i==0&&ht)continue;let c=ne.values[i],f=0;for(let h in c)Dt[i][f++].firstChild.nodeValue=c[h]}}function qr(i,c){if(i!=null&&(i.idxs?i.idxs.forEach((f,h)=>{he[h]=f}):bf(i.idx)||he.fill(i.idx),ne.idx=he[0]),Ie&&ne.live){for(let f=0;f<v.length;f++)(f>0||r==1&&!ht)&&jc(f,he[f]);Bc()}_t=!1,c!==!1&&Ge("setLegend")}o.setLegend=qr;function jc(i,c){let f=v[i],h=i==0&&H==2?Tt:t[i],b;ht?b=f.values(o,i,c)??Bt:(b=f.value(o,c==null?null:h[c],i,c),b=b==null?Bt:{_:b}),ne.values[i]=b}function hn(i,c,f){fs=$e,ds=Ce,[$e,Ce]=V.move(o,$e,Ce),V.left=$e,V.top=Ce,Qe&&(Un&&zt(Un,qe($e),0,ee,z),Hn&&zt(Hn,0,qe(Ce),ee,z));let h,b=Ue>He;Vt=_e,Jt=null;let $=C.ori==0?ee:z,T=C.ori==1?ee:z;if($e<0||Ke==0||b){h=V.idx=null;for(let M=0;M<v.length;M++){let L=bt[M];L!=null&&zt(L,-10,-10,ee,z)}Rn&&Nt(null,Bn,!0,i==null&&Le.setSeries),ne.live&&(he.fill(h),_t=!0)}else{let M,L,F;r==1&&(M=C.ori==0?$e:Ce,L=Ot(M,S),h=V.idx=Mt(L,t[0],Ue,He),F=N(t[0][h],C,$,0));let q=-10,U=-10,X=0,fe=0,ae=!0,oe="",J="";for(let W=r==2?1:0;W<v.length;W++){let ke=v[W],Me=he[W],Be=Me==null?null:r==1?t[W][Me]:t[W][1][Me],ge=V.dataIdx(o,W,h,L),Pe=ge==null?null:r==1?t[W][ge]:t[W][1][ge];if(_t=_t||Pe!=Be||ge!=Me,he[W]=ge,W>0&&ke.show){let at=ge==null?-10:ge==h?F:N(r==1?t[0][ge]:t[W][0][ge],C,$,0),Xe=Pe==null?-10:K(Pe,r==1?E[ke.scale]:E[ke.facets[1].scale],T,0);if(Rn&&Pe!=null){let yt=C.ori==1?$e:Ce,Et=ze(Rt.dist(o,W,ge,Xe,yt));if(Et<Vt){let It=Rt.bias;if(It!=0){let ct=Ot(yt,ke.scale),vt=Pe>=0?1:-1,Ct=ct>=0?1:-1;Ct==vt&&(Ct==1?It==1?Pe>=ct:Pe<=ct:It==1?Pe<=ct:Pe>=ct)&&(Vt=Et,Jt=W)}else Vt=Et,Jt=W}}if(_t||Nn){let yt,Et;C.ori==0?(yt=at,Et=Xe):(yt=Xe,Et=at);let It,ct,vt,Ct,Ft,et,ut=!0,gn=Je.bbox;if(gn!=null){ut=!1;let tt=gn(o,W);vt=tt.left,Ct=tt.top,It=tt.width,ct=tt.height}else vt=yt,Ct=Et,It=ct=Je.size(o,W);if(et=Je.fill(o,W),Ft=Je.stroke(o,W),Nn)W==Jt&&Vt<=Rt.prox&&(q=vt,U=Ct,X=It,fe=ct,ae=ut,oe=et,J=Ft);else{let tt=bt[W];tt!=null&&(On[W]=vt,In[W]=Ct,Ui(tt,It,ct,ut),qi(tt,et,Ft),zt(tt,kt(vt),kt(Ct),ee,z))}}}}if(Nn){let W=Rt.prox,ke=mn==null?Vt<=W:Vt>W||Jt!=mn;if(_t||ke){let Me=bt[0];Me!=null&&(On[0]=q,In[0]=U,Ui(Me,X,fe,ae),qi(Me,oe,J),zt(Me,kt(q),kt(U),ee,z))}}}if(we.show&&Kt)if(i!=null){let[M,L]=Le.scales,[F,q]=Le.match,[U,X]=i.cursor.sync.scales,fe=i.cursor.drag;if(Ve=fe._x,We=fe._y,Ve||We){let{left:ae,top:oe,width:J,height:W}=i.select,ke=i.scales[U].ori,Me=i.posToVal,Be,ge,Pe,at,Xe,yt=M!=null&&F(M,U),Et=L!=null&&q(L,X);yt&&Ve?(ke==0?(Be=ae,ge=J):(Be=oe,ge=W),Pe=E[M],at=N(Me(Be,U),Pe,$,0),Xe=N(Me(Be+ge,U),Pe,$,0),fo(Pt(at,Xe),ze(Xe-at))):fo(0,$),Et&&We?(ke==1?(Be=ae,ge=J):(Be=oe,ge=W),Pe=E[L],at=K(Me(Be,X),Pe,T,0),Xe=K(Me(Be+ge,X),Pe,T,0),po(Pt(at,Xe),ze(Xe-at))):po(0,T)}else Hr()}else{let M=ze(fs-cs),L=ze(ds-us);if(C.ori==1){let X=M;M=L,L=X}Ve=Ye.x&&M>=Ye.dist,We=Ye.y&&L>=Ye.dist;let F=Ye.uni;F!=null?Ve&&We&&(Ve=M>=F,We=L>=F,!Ve&&!We&&(L>M?We=!0:Ve=!0)):Ye.x&&Ye.y&&(Ve||We)&&(Ve=We=!0);let q,U;Ve&&(C.ori==0?(q=Vn,U=$e):(q=Wn,U=Ce),fo(Pt(q,U),ze(U-q)),We||po(0,T)),We&&(C.ori==1?(q=Vn,U=$e):(q=Wn,U=Ce),po(Pt(q,U),ze(U-q)),Ve||fo(0,$)),!Ve&&!We&&(fo(0,0),po(0,0))}if(Ye._x=Ve,Ye._y=We,i==null){if(f){if(Ss!=null){let[M,L]=Le.scales;Le.values[0]=M!=null?Ot(C.ori==0?$e:Ce,M):null,Le.values[1]=L!=null?Ot(C.ori==1?$e:Ce,L):null}ho(gl,o,$e,Ce,ee,z,h)}if(Rn){let M=f&&Le.setSeries,L=Rt.prox;mn==null?Vt<=L&&Nt(Jt,Bn,!0,M):Vt>L?Nt(null,Bn,!0,M):Jt!=mn&&Nt(Jt,Bn,!0,M)}}_t&&(ne.idx=h,qr()),c!==!1&&Ge("setCursor")}let Qt=null;Object.defineProperty(o,"rect",{get(){return Qt==null&&mo(!1),Qt}});function mo(i=!1){i?Qt=null:(Qt=w.getBoundingClientRect(),Ge("syncRect",Qt))}function hs(i,c,f,h,b,$,T){V._lock||Kt&&i!=null&&i.movementX==0&&i.movementY==0||(zr(i,c,f,h,b,$,T,!1,i!=null),i!=null?hn(null,!0,!0):hn(c,!0,!1))}function zr(i,c,f,h,b,$,T,M,L){if(Qt==null&&mo(!1),dn(i),i!=null)f=i.clientX-Qt.left,h=i.clientY-Qt.top;else{if(f<0||h<0){$e=-10,Ce=-10;return}let[F,q]=Le.scales,U=c.cursor.sync,[X,fe]=U.values,[ae,oe]=U.scales,[J,W]=Le.match,ke=c.axes[0].side%2==1,Me=C.ori==0?ee:z,Be=C.ori==1?ee:z,ge=ke?$:b,Pe=ke?b:$,at=ke?h:f,Xe=ke?f:h;if(ae!=null?f=J(F,ae)?a(X,E[F],Me,0):-10:f=Me*(at/ge),oe!=null?h=W(q,oe)?a(fe,E[q],Be,0):-10:h=Be*(Xe/Pe),C.ori==1){let yt=f;f=h,h=yt}}L&&(c==null||c.cursor.event.type==gl)&&((f<=1||f>=ee-1)&&(f=vn(f,ee)),(h<=1||h>=z-1)&&(h=vn(h,z))),M?(cs=f,us=h,[Vn,Wn]=V.move(o,f,h)):($e=f,Ce=h)}let Ur={width:0,height:0,left:0,top:0};function Hr(){Fo(Ur,!1)}let gs,_s,bs,ys;function vs(i,c,f,h,b,$,T){Kt=!0,Ve=We=Ye._x=Ye._y=!1,zr(i,c,f,h,b,$,T,!0,!1),i!=null&&(Ze(_l,wl,$s,!1),ho(Di,o,Vn,Wn,ee,z,null));let{left:M,top:L,width:F,height:q}=we;gs=M,_s=L,bs=F,ys=q}function $s(i,c,f,h,b,$,T){Kt=Ye._x=Ye._y=!1,zr(i,c,f,h,b,$,T,!1,!0);let{left:M,top:L,width:F,height:q}=we,U=F>0||q>0,X=gs!=M||_s!=L||bs!=F||ys!=q;if(U&&X&&Fo(we),Ye.setScale&&U&&X){let fe=M,ae=F,oe=L,J=q;if(C.ori==1&&(fe=L,ae=q,oe=M,J=F),Ve&&Yt(S,Ot(fe,S),Ot(fe+ae,S)),We)for(let W in E){let ke=E[W];W!=S&&ke.from==null&&ke.min!=_e&&Yt(W,Ot(oe+J,W),Ot(oe,W))}Hr()}else V.lock&&(V._lock=!V._lock,hn(c,!0,i!=null));i!=null&&(Pn(_l,wl),ho(_l,o,$e,Ce,ee,z,null))}function Kc(i,c,f,h,b,$,T){if(V._lock)return;dn(i);let M=Kt;if(Kt){let L=!0,F=!0,q=10,U,X;C.ori==0?(U=Ve,X=We):(U=We,X=Ve),U&&X&&(L=$e<=q||$e>=ee-q,F=Ce<=q||Ce>=z-q),U&&L&&($e=$e<Vn?0:ee),X&&F&&(Ce=Ce<Wn?0:z),hn(null,!0,!0),Kt=!1}$e=-10,Ce=-10,he.fill(null),hn(null,!0,!0),M&&(Kt=M)}function ws(i,c,f,h,b,$,T){V._lock||(dn(i),xr(),Hr(),i!=null&&ho(Ni,o,$e,Ce,ee,z,null))}function ks(){D.forEach(Rd),kr(o.width,o.height,!0)}kn(ar,Xn,ks);let jn={};jn.mousedown=vs,jn.mousemove=hs,jn.mouseup=$s,jn.dblclick=ws,jn.setSeries=(i,c,f,h)=>{let b=Le.match[2];f=b(o,c,f),f!=-1&&Nt(f,h,!0,!1)},Qe&&(Ze(Di,w,vs),Ze(gl,w,hs),Ze(Li,w,i=>{dn(i),mo(!1)}),Ze(Ri,w,Kc),Ze(Ni,w,ws),Ml.add(o),o.syncRect=mo);let qo=o.hooks=e.hooks||{};function Ge(i,c,f){Nr?uo.push([i,c,f]):i in qo&&qo[i].forEach(h=>{h.call(null,o,c,f)})}(e.plugins||[]).forEach(i=>{for(let c in i.hooks)qo[c]=(qo[c]||[]).concat(i.hooks[c])});let xs=(i,c,f)=>f,Le=Oe({key:null,setSeries:!1,filters:{pub:Bi,sub:Bi},scales:[S,v[1]?v[1].scale:null],match:[ji,ji,xs],values:[null,null]},V.sync);Le.match.length==2&&Le.match.push(xs),V.sync=Le;let Ss=Le.key,Vr=Va(Ss);function ho(i,c,f,h,b,$,T){Le.filters.pub(i,c,f,h,b,$,T)&&Vr.pub(i,c,f,h,b,$,T)}Vr.sub(o);function Yc(i,c,f,h,b,$,T){Le.filters.sub(i,c,f,h,b,$,T)&&jn[i](null,c,f,h,b,$,T)}o.pub=Yc;function Jc(){Vr.unsub(o),Ml.delete(o),sn.clear(),Sl(ar,Xn,ks),d.remove(),pe?.remove(),Ge("destroy")}o.destroy=Jc;function Wr(){Ge("init",e,t),ts(t||e.data,!1),j[S]?Or(S,j[S]):xr(),Do=we.show&&(we.width>0||we.height>0),fn=_t=!0,kr(e.width,e.height)}return v.forEach(Xl),D.forEach(Cc),n?n instanceof HTMLElement?(n.appendChild(d),Wr()):n(o,Wr):Wr(),o}je.assign=Oe;je.fmtNum=Il;je.rangeNum=cr;je.rangeLog=dr;je.rangeAsinh=Nl;je.orient=Sn;je.pxRatio=de;je.join=Sf;je.fmtDate=ql,je.tzDate=Of;je.sync=Va;{je.addGap=bd,je.clipGaps=hr;let e=je.paths={points:Ya};e.linear=Qa,e.stepped=$d,e.bars=wd,e.spline=xd}var tc=Jo.bind(Ko),yr=["#0072b2","#e69f00","#009e73","#cc79a7","#56b4e9","#d55e00","#7f7f7f"],nc=220,Nd=[1,2,5].flatMap(e=>[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9].map(t=>e*t)).sort((e,t)=>e-t);function Tn({caption:e,x:t,series:n,bars:o=!1,format:r=String,integer:l=!1}){let s=De(null),a=De(null);ce(()=>{let p=s.current;if(!p)return;let m=getComputedStyle(p).color||"#333",g=t.length<3||n.some(w=>w.values.some(k=>k==null)),_={width:Math.max(p.clientWidth,200),height:nc,padding:[12,28,0,0],cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0}},legend:{live:!0},axes:[{stroke:m,grid:{stroke:"rgba(128,128,128,0.15)"}},{stroke:m,grid:{stroke:"rgba(128,128,128,0.15)"},size:(w,k)=>k?Math.max(40,...k.map(x=>x.length*8+20)):50,values:(w,k)=>k.map(x=>r(x)),...l?{incrs:Nd}:{}}],series:[{},...n.map((w,k)=>({label:w.label,stroke:yr[k%yr.length],fill:o?yr[k%yr.length]+"99":void 0,width:o?1:2,points:{show:g,size:6},paths:o?je.paths.bars({size:[.6,40]}):void 0,value:(x,A)=>A==null?"–":r(A)}))]};return a.current=new je(_,[t,...n.map(w=>w.values)],p),()=>{a.current.destroy(),a.current=null}},[t,n,o,r,l]),ce(()=>{let p=s.current;if(!p||typeof ResizeObserver>"u")return;let m=new ResizeObserver(()=>{let g=Math.max(p.clientWidth,200);a.current&&a.current.width!==g&&a.current.setSize({width:g,height:nc})});return m.observe(p),()=>m.disconnect()},[]);let u=t.length-1,d=u>=0?new Date(t[u]*1e3).toLocaleString():"";return tc`
    <figure class="chart">
      <figcaption>${e}</figcaption>
      <div class="chart-plot" ref=${s} aria-hidden="true"></div>
      <div class="visually-hidden">
      <table>
        <caption>${e}: latest bucket (${d}) and the whole period</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Latest</th><th scope="col">Period</th></tr></thead>
        <tbody>
          ${n.flatMap(p=>[p,...(p.members||[]).map(m=>({...m,label:`${m.label} (in ${p.label})`}))]).map(p=>tc`<tr key=${p.label}>
              <th scope="row">${p.label}</th>
              <td>${u>=0&&p.values[u]!=null?r(p.values[u]):"–"}</td>
              <td>${p.total!=null?r(p.total):"–"}</td>
            </tr>`)}
        </tbody>
      </table>
      </div>
    </figure>
  `}var ln=3600,En=24*ln,Cn=[{value:"1h",label:"Last hour",seconds:ln,granularity:"hour"},{value:"24h",label:"Last 24 hours",seconds:24*ln,granularity:"hour"},{value:"7d",label:"Last 7 days",seconds:168*ln,granularity:"hour"},{value:"30d",label:"Last 30 days",seconds:720*ln,granularity:"day"}],oc=[{value:"provider",label:"Provider"},{value:"model",label:"Model"},{value:"key",label:"Key"},{value:"user",label:"User"}],vr=6;function rc(e){return e?.role==="member"?"/v1/usage":"/admin/v1/usage"}function $r(e,t,n=Date.now()){let o=Cn.find(a=>a.value===e)||Cn[1],r=new Date(n),l=new Date(n-o.seconds*1e3),s=new URLSearchParams({granularity:o.granularity,from:l.toISOString(),to:r.toISOString()});return t&&s.set("group_by",t),s.toString()}function lc(e,t,n){let o=Cn.find(u=>u.value===e)||Cn[1],r=[...new Set(n.map(u=>Date.parse(u.start)/1e3))],l=new Set(r),s=Math.floor(t/1e3),a=s-o.seconds;if(o.granularity==="hour")for(let u=Math.floor(a/ln)*ln;u<s;u+=ln)l.add(u);else{let u=r.length?Math.max(...r):Math.floor(s/En)*En,d=p=>r.some(m=>Math.abs(m-p)<En/2);for(let p=u;p>a-En;p-=En)d(p)||l.add(p);for(let p=u+En;p<s;p+=En)d(p)||l.add(p)}return[...l].sort((u,d)=>u-d)}function Od(e,t){switch(t){case"provider":return e.provider||"(none)";case"model":return e.model||"(none)";case"key":return e.key_prefix||e.key_id||"(no API key)";case"user":return e.user||"(none)";default:return"All"}}function Bl(e,t,n,o,r=null){let l=new Map(e.map((m,g)=>[m,g])),s=new Map;for(let m of t){let g=Od(m,n);s.has(g)||s.set(g,{label:g,values:new Array(e.length).fill(0),total:0});let _=s.get(g),w=l.get(Date.parse(m.start)/1e3),k=o(m.totals||{});w!==void 0&&(_.values[w]+=k),_.total+=k}let a=m=>{let g=r?r.indexOf(m.label):-1;return g<0?1/0:g},u=[...s.values()].sort((m,g)=>a(m)-a(g)||g.total-m.total||m.label.localeCompare(g.label));if(u.length<=vr)return u;let d=u.slice(0,vr-1),p={label:"other",values:new Array(e.length).fill(0),total:0,members:u.slice(vr-1)};for(let m of u.slice(vr-1))m.values.forEach((g,_)=>p.values[_]+=g),p.total+=m.total;return[...d,p]}function sc(e,t,n){let o=new Map(t.map(a=>[Date.parse(a.start)/1e3,a.totals||{}])),r=(a,u=0)=>e.map(d=>o.has(d)?a(o.get(d)):u),l=n||{},s=te(l.requests);return{tokens:[{label:"Prompt",values:r(a=>te(a.prompt_tokens)),total:te(l.prompt_tokens)},{label:"Completion",values:r(a=>te(a.completion_tokens)),total:te(l.completion_tokens)}],latency:[{label:"Mean",values:r(a=>te(a.requests)?te(a.latency_mean_ms):null,null),total:te(l.latency_mean_ms)},{label:"p95",values:r(a=>te(a.requests)?te(a.latency_p95_ms):null,null),total:te(l.latency_p95_ms)}],errorRate:[{label:"Errors",values:r(a=>te(a.requests)?100*te(a.errors)/te(a.requests):null,null),total:s?100*te(l.errors)/s:null}]}}function ic(e,t=10){let n=new Map;for(let o of e){let r=o.model||"(none)";n.has(r)||n.set(r,{model:r,requests:0,errors:0,prompt:0,completion:0,costNanos:0,latencySum:0,unpriced:0});let l=n.get(r),s=o.totals||{};l.requests+=te(s.requests),l.errors+=te(s.errors),l.prompt+=te(s.prompt_tokens),l.completion+=te(s.completion_tokens),l.costNanos+=te(s.cost_nanos),l.unpriced+=te(s.unpriced_requests),l.latencySum+=te(s.latency_mean_ms)*te(s.requests)}return[...n.values()].map(o=>({...o,latencyMean:o.requests?Math.round(o.latencySum/o.requests):0})).sort((o,r)=>r.requests-o.requests||r.costNanos-o.costNanos).slice(0,t)}async function ac(e,t,n,o){let r=rc(e),[l,s,a]=await Promise.all([Q("GET",`${r}?${$r(t,"",o)}`),Q("GET",`${r}?${$r(t,n,o)}`),n==="model"?null:Q("GET",`${r}?${$r(t,"model",o)}`)]);return{overall:l,grouped:s,models:a||s,now:o}}async function cc(e,t,n){let o=await fetch(`${rc(e)}?${$r(t,n)}`,{headers:{accept:"text/csv"},credentials:"same-origin"});if(!o.ok){let a=`${o.status} ${o.statusText}`;try{let u=await o.json();a=u?.error?.message||u?.message||a}catch{}throw Object.assign(new Error(a),{status:o.status})}let r=await o.blob(),l=URL.createObjectURL(r),s=document.createElement("a");s.href=l,s.download=`usage-${t}-by-${n}-${new Date().toISOString().slice(0,10)}.csv`,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(l),1e3)}var jl=e=>`${$t(e)} ms`,uc=e=>`${Number(e).toFixed(Number(e)>=10||Number(e)===0?0:1)}%`,fc=e=>$t(e);function Kl({me:e}){let[t,n]=P("24h"),[o,r]=P("model"),[l,s]=P(null),[a,u]=P(!0),[d,p]=P(null),[m,g]=P(!1),_=De(0),w=tn(async()=>{let v=++_.current;u(!0),p(null);try{let D=await ac(e,t,o,Date.now());v===_.current&&s(D)}catch(D){v===_.current&&p(D)}v===_.current&&u(!1)},[e,t,o]);ce(()=>{w()},[w]);let k=async()=>{g(!0),p(null);try{await cc(e,t,o)}catch(v){p(v)}g(!1)},x=Zo(()=>l?Id(l,t,o):null,[l,t,o]),A=e?.role==="member";return y`
    <section class="page usage-page">
      <h1>Usage</h1>
      <p class="page-intro">${A?"Your own usage: every key and token of yours.":"Everyone’s usage."}</p>
      <form class="row usage-controls" onSubmit=${v=>{v.preventDefault(),w()}}>
        <div class="field">
          <label for="usage-period">Period</label>
          <select id="usage-period" value=${t} onChange=${v=>n(v.currentTarget.value)}>
            ${Cn.map(v=>y`<option value=${v.value}>${v.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="usage-group">Group by</label>
          <select id="usage-group" value=${o} onChange=${v=>r(v.currentTarget.value)}>
            ${oc.map(v=>y`<option value=${v.value}>${v.label}</option>`)}
          </select>
        </div>
        <div class="row-buttons">
          <button type="submit">Refresh</button>
          <button type="button" onClick=${k} disabled=${m}>Export CSV</button>
        </div>
      </form>
      <p class="hint">${Cn.find(v=>v.value===t)?.granularity==="day"?"One point a day (days in the gateway’s time zone).":"One point an hour (UTC hours)."}</p>
      ${a&&y`<${xe} />`}
      <${se} error=${d} />
      ${x&&y`<${Fd} view=${x} />`}
    </section>
  `}function Id(e,t,n){let o=e.overall.buckets||[],r=e.grouped.buckets||[],l=lc(t,e.now,[...o,...r]),s=e.overall.totals||{},a=Bl(l,r,n,d=>te(d.requests)),u=a.map(d=>d.label);return{x:l,totals:s,empty:te(s.requests)===0,requests:a,cost:Bl(l,r,n,d=>te(d.cost_nanos)/1e9,u),...sc(l,o,s),models:ic(e.models.buckets||[])}}function Fd({view:e}){if(e.empty)return y`<p class="empty">No traffic in this period. Requests through the gateway show up here within a second.</p>`;let t=e.totals,n=te(t.requests)?100*te(t.errors)/te(t.requests):0;return y`
    <dl class="totals" aria-label="Totals">
      <div><dt>Requests</dt><dd>${$t(t.requests)}</dd></div>
      <div><dt>Tokens</dt><dd>${$t(te(t.prompt_tokens)+te(t.completion_tokens))}</dd></div>
      <div><dt>Cost</dt><dd>${yn(t.cost_usd)}${te(t.unpriced_requests)?y`<small> + ${$t(t.unpriced_requests)} unpriced</small>`:""}</dd></div>
      <div><dt>Error rate</dt><dd>${uc(n)}</dd></div>
      <div><dt>Latency p95</dt><dd>${jl(t.latency_p95_ms)}</dd></div>
    </dl>
    <div class="charts">
      <${Tn} caption="Requests" x=${e.x} series=${e.requests} bars=${e.requests.length===1}
        format=${fc} integer />
      <${Tn} caption="Tokens" x=${e.x} series=${e.tokens} format=${fc} integer />
      <${Tn} caption="Cost (USD)" x=${e.x} series=${e.cost} format=${yn} />
      <${Tn} caption="Latency (ms)" x=${e.x} series=${e.latency} format=${jl} />
      <${Tn} caption="Error rate" x=${e.x} series=${e.errorRate} format=${uc} />
    </div>
    <h2 id="top-models">Top models</h2>
    <${Jn} label="Top models">
      <table class="data-table" aria-labelledby="top-models">
        <thead>
          <tr>
            <th scope="col">Model</th>
            <th scope="col" class="num">Requests</th>
            <th scope="col" class="num">Prompt tokens</th>
            <th scope="col" class="num">Completion tokens</th>
            <th scope="col" class="num">Cost</th>
            <th scope="col" class="num">Errors</th>
            <th scope="col" class="num">Mean latency</th>
          </tr>
        </thead>
        <tbody>
          ${e.models.map(o=>y`<tr key=${o.model}>
              <th scope="row">${o.model}</th>
              <td class="num">${$t(o.requests)}</td>
              <td class="num">${$t(o.prompt)}</td>
              <td class="num">${$t(o.completion)}</td>
              <td class="num">${o.unpriced===o.requests?"no price":yn(o.costNanos/1e9)}</td>
              <td class="num">${$t(o.errors)}</td>
              <td class="num">${jl(o.latencyMean)}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function dc(e,t=""){let n=new URLSearchParams({page_size:String(50)});return e.actor&&n.set("actor",e.actor),e.action&&n.set("action",e.action),e.resource&&n.set("resource",e.resource),e.from&&n.set("start_time",new Date(e.from).toISOString()),e.to&&n.set("end_time",new Date(e.to).toISOString()),t&&n.set("page_token",t),n.toString()}function Yl({me:e}){return e?.role!=="admin"?y`<section class="page audit-page">
      <h1>Audit</h1>
      <p class="empty">The audit log is for admins only.</p>
    </section>`:y`<${qd} />`}function qd(){let[e,t]=P(pc),[n,o]=P(null),[r,l]=P(""),[s,a]=P(!0),[u,d]=P(null),p=De(0),m=De(null),g=tn(async(k="")=>{let x=++p.current;a(!0),d(null);try{let A=await Q("GET","/admin/v1/audit?"+dc(e,k));if(x!==p.current)return;o(v=>k?[...v||[],...A.entries||[]]:A.entries||[]),l(A.next_page_token||"")}catch(A){if(x!==p.current)return;d(A),k||o(null)}a(!1)},[e]);ce(()=>{g()},[g]);let _=k=>{k.preventDefault();let x=new FormData(k.currentTarget);t({actor:String(x.get("actor")||"").trim(),action:String(x.get("action")||"").trim(),resource:String(x.get("resource")||"").trim(),from:String(x.get("from")||""),to:String(x.get("to")||"")})},w=()=>{m.current?.reset(),t({...pc})};return y`
    <section class="page audit-page">
      <h1>Audit</h1>
      <p class="page-intro">Every change made through the gateway, newest first. Each entry’s hash chains it to the one
        before, so an edited or removed entry shows when the chain is verified.</p>
      <${Ud} />
      <form class="row audit-filters" onSubmit=${_} ref=${m}>
        <div class="field">
          <label for="audit-actor">Actor</label>
          <input id="audit-actor" name="actor" autocomplete="off" placeholder="admin" />
        </div>
        <div class="field">
          <label for="audit-action">Action</label>
          <input id="audit-action" name="action" autocomplete="off" placeholder="key.create" list="audit-actions"
            />
          <datalist id="audit-actions">
            ${zd.map(k=>y`<option value=${k}></option>`)}
          </datalist>
        </div>
        <div class="field">
          <label for="audit-resource">Resource</label>
          <input id="audit-resource" name="resource" autocomplete="off" placeholder="providers/*"
            aria-describedby="audit-resource-hint" />
          <small id="audit-resource-hint" class="visually-hidden">Exact, or a prefix ending in a star</small>
        </div>
        <div class="field">
          <label for="audit-from">From</label>
          <input id="audit-from" name="from" type="datetime-local" />
        </div>
        <div class="field">
          <label for="audit-to">To</label>
          <input id="audit-to" name="to" type="datetime-local" />
        </div>
        <div class="row-buttons">
          <button type="submit">Filter</button>
          <button type="button" onClick=${w}>Clear</button>
        </div>
      </form>
      <${se} error=${u} />
      ${n===null?!u&&y`<${xe} />`:n.length===0?y`<p class="empty">No entries match.</p>`:y`<${Hd} entries=${n} />`}
      ${n!==null&&s&&y`<${xe} />`}
      ${r&&y`<button type="button" class="more" disabled=${s} onClick=${()=>g(r)}>Load more</button>`}
    </section>
  `}var pc={actor:"",action:"",resource:"",from:"",to:""},zd=["provider.create","provider.update","provider.delete","alias.create","alias.update","alias.delete","key.create","key.revoke","key.rotate","user.create","user.update","user.delete","limits.set","limits.delete","price.set","price.delete","token.issue","auth.failure"];function Ud(){let[e,t]=P({busy:!1,text:"",ok:null}),[n,o]=P(null);return y`
    <div class="verify">
      <button type="button" onClick=${async()=>{t({busy:!0,text:"Verifying…",ok:null}),o(null);try{let l=await Q("POST","/admin/v1/audit:verify",{}),s=Number(l.entries_checked||0);t(l.ok?{busy:!1,ok:!0,text:`Chain verified: ${s} ${s===1?"entry":"entries"} checked.`}:{busy:!1,ok:!1,text:`Chain broken at entry ${l.first_broken_seq}: ${l.reason||"hash mismatch"}`})}catch(l){t({busy:!1,text:"",ok:null}),o(l)}}} disabled=${e.busy}>Verify chain</button>
      <p role="status" class=${e.ok===!0?"verified":e.ok===!1?"broken":""}>${e.text}</p>
      <${se} error=${n} />
    </div>
  `}function Hd({entries:e}){return y`
    <${Jn} label="Audit entries">
      <table class="data-table audit-table">
        <thead>
          <tr>
            <th scope="col" class="num">#</th>
            <th scope="col">Time</th>
            <th scope="col">Actor</th>
            <th scope="col">Action</th>
            <th scope="col">Resource</th>
            <th scope="col">Outcome</th>
            <th scope="col">Changes</th>
            <th scope="col">Address</th>
          </tr>
        </thead>
        <tbody>
          ${e.map(t=>y`<tr key=${t.seq}>
              <td class="num">${t.seq}</td>
              <td><${$o} ts=${t.time} /></td>
              <td>${t.actor}<div class="sub">${t.credential}</div></td>
              <td><code>${t.action}</code></td>
              <td class="wrap">${t.resource}</td>
              <td><span class=${"badge "+(t.outcome==="ok"?"ok":"bad")}>${t.outcome}</span></td>
              <td class="wrap">${Vd(t.changes)}</td>
              <td>${t.source_address}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function Vd(e){let t=Object.entries(e||{});return t.length?y`<ul class="changes">
    ${t.map(([n,o])=>y`<li key=${n}><span class="change-key">${n}</span>: ${o}</li>`)}
  </ul>`:""}function mc(e,{system:t,message:n,temperature:o,maxTokens:r}){let l=[];t.trim()&&l.push({role:"system",content:t}),l.push({role:"user",content:n});let s={model:e,messages:l,stream:!0,stream_options:{include_usage:!0}};return o!==""&&(s.temperature=Number(o)),r!==""&&(s.max_tokens=Number(r)),s}async function hc(e,t,n){let o=performance.now(),r="",l=!0;n({state:"streaming",text:"",error:null,ttftMs:null,usage:null});let s=u=>{let d=u.headers;n({provider:d.get("x-switchboard-provider")||"",upstreamModel:d.get("x-switchboard-model")||"",alias:d.get("x-switchboard-alias")||"",attempts:d.get("x-switchboard-attempts")||""})},a=u=>{if(!u||typeof u!="object")return;let d={};u.model&&(d.chunkModel=u.model),u.usage&&(d.usage=u.usage);let p=(u.choices||[]).map(m=>m.delta&&m.delta.content||"").join("");p&&(l&&(d.ttftMs=Math.round(performance.now()-o),l=!1),r+=p,d.text=r),n(d)};try{await li("/v1/chat/completions",e,a,t,s),n({state:"done",totalMs:Math.round(performance.now()-o)})}catch(u){u.name==="AbortError"?n({state:"stopped",totalMs:Math.round(performance.now()-o)}):n({state:"error",error:u})}}function gc(e,t,n,o){if(!e||!o||!n)return null;let r=n.includes("/")?n.slice(n.indexOf("/")+1):n,l=e.find(u=>u.provider===t&&u.model===r)||e.find(u=>u.provider==="*"&&u.model===r);if(!l||l.input===void 0||l.output===void 0)return null;let s=o.prompt_tokens||0,a=o.completion_tokens||0;return(s*Number(l.input)+a*Number(l.output))/1e6}function _c({label:e,run:t,prices:n}){let o=t.usage,r=t.upstreamModel||t.chunkModel,l=o?gc(n,t.provider,r,o):null;return y`<div class="answer-panel">
    <div role="log" aria-label=${e} aria-busy=${t.state==="streaming"} class="answer">${t.text}</div>
    <${se} error=${t.error} />
    ${t.state&&y`<p class="stats">
      <span>${t.state==="streaming"?"Streaming…":t.state==="stopped"?"Stopped":t.state==="error"?"Failed":"Done"}</span>
      ${t.ttftMs!==null&&t.ttftMs!==void 0&&y`<span>TTFT ${t.ttftMs} ms</span>`}
      ${t.totalMs!==void 0&&y`<span>total ${t.totalMs} ms</span>`}
      ${o&&y`<span>${o.total_tokens??(o.prompt_tokens||0)+(o.completion_tokens||0)} tokens
        (${o.prompt_tokens||0} in, ${o.completion_tokens||0} out)</span>`}
      ${o&&y`<span>${l===null?"cost unknown (no price)":`cost ≈ $${l.toFixed(6)}`}</span>`}
      ${(t.provider||r)&&y`<span>served by ${t.provider?`${t.provider}/`:""}${r}</span>`}
      ${t.alias&&y`<span>via alias ${t.alias}</span>`}
      ${t.attempts&&t.attempts!=="1"&&y`<span>${t.attempts} attempts</span>`}
    </p>`}
  </div>`}var Wd=4;function bc({label:e,value:t,models:n,onChange:o}){return y`<${Z} label=${e}>
    <select value=${t} onChange=${r=>o(r.currentTarget.value)}>
      ${n.map(r=>y`<option value=${r.id}>${r.id}${r.alias?" (alias)":""}</option>`)}
    </select>
  <//>`}function Jl(){let[e,t]=P(null),[n,o]=P(null),[r,l]=P(null),[s,a]=P(!1),[u,d]=P(["",""]),[p,m]=P({system:"",message:"",temperature:"",maxTokens:""}),[g,_]=P([]),[w,k]=P(!1),x=De(null);ce(()=>(Q("GET","/v1/models").then(O=>{let S=(O.data||[]).map(R=>({id:R.id,alias:!R.id.includes("/")&&R.owned_by==="switchboard"}));S.sort((R,I)=>R.alias===I.alias?R.id.localeCompare(I.id):R.alias?-1:1),t(S),S.length&&d([S[0].id,(S[1]||S[0]).id])},l),Q("GET","/admin/v1/prices").then(O=>o(O.prices||[]),()=>o([])),()=>x.current&&x.current.abort()),[]);let A=O=>m(S=>({...S,...O})),v=s?u:u.slice(0,1),D=async O=>{if(O.preventDefault(),!p.message.trim()||w)return;let S=new AbortController;x.current=S,k(!0);let R=[...v];_(R.map(I=>({model:I,text:"",state:"streaming"}))),await Promise.all(R.map((I,Y)=>hc(mc(I,p),S.signal,G=>_(C=>C.map((H,N)=>N===Y?{...H,...G}:H))))),k(!1),x.current=null},E=()=>x.current&&x.current.abort();return r?y`<h1>Playground</h1><${se} error=${r} />`:e?y`<section>
    <h1>Playground</h1>
    ${e.length===0&&y`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${D}>
      <label class="check">
        <input type="checkbox" checked=${s} onChange=${O=>a(O.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!s&&y`<${bc} label="Model" value=${u[0]} models=${e}
          onChange=${O=>d([O,...u.slice(1)])} />`}
        ${s&&u.map((O,S)=>y`<${bc} key=${S} label=${`Model ${S+1}`} value=${O} models=${e}
          onChange=${R=>d(u.map((I,Y)=>Y===S?R:I))} />`)}
        ${s&&y`<div class="row">
          <button type="button" disabled=${u.length>=Wd}
            onClick=${()=>d([...u,e[u.length%e.length].id])}>Add model</button>
          ${u.length>2&&y`<button type="button" onClick=${()=>d(u.slice(0,-1))}>Remove last</button>`}
        </div>`}
      </div>
      <${Z} label="System prompt">
        <textarea rows="2" value=${p.system} onInput=${O=>A({system:O.currentTarget.value})} />
      <//>
      <${Z} label="Message">
        <textarea rows="4" value=${p.message} required onInput=${O=>A({message:O.currentTarget.value})} />
      <//>
      <div class="row">
        <${Z} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${p.temperature} onInput=${O=>A({temperature:O.currentTarget.value})} />
        <//>
        <${Z} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${p.maxTokens} onInput=${O=>A({maxTokens:O.currentTarget.value})} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${E} disabled=${!w}>Stop</button>
        <button type="submit" class="primary" disabled=${w||!p.message.trim()||e.length===0}>Send</button>
      </div>
    </form>
    ${g.length>0&&y`<div class=${g.length>1?"answers":""}>
      ${g.map(O=>y`<div>
        ${g.length>1&&y`<h2 class="answer-title"><code>${O.model}</code></h2>`}
        <${_c} label=${g.length>1?`Answer ${O.model}`:"Answer"} run=${O} prices=${n} />
      </div>`)}
    </div>`}
  </section>`:y`<h1>Playground</h1><${xe} />`}var yc=[["providers","Providers",al],["aliases","Aliases",fl],["keys","Keys",ml],["usage","Usage",Kl],["audit","Audit",Yl],["playground","Playground",Jl]];function vc(){let[e,t]=P(void 0),[n,o]=P(null),[r,l]=P("");if(ce(()=>{ti(()=>{t(null),l("Your session has ended. Sign in again.")}),fi().then(t,o)},[]),e===void 0)return y`<main class="boot">${n?y`<${se} error=${n} />`:y`<${xe} />`}</main>`;if(!e)return y`<${mi} notice=${r} onSignedIn=${a=>{l(""),t(a)}} />`;let s=async()=>{try{await pi()}finally{l("You are signed out."),t(null)}};return y`<${Gd} me=${e.me} onSignOut=${s} />`}function Gd({me:e,onSignOut:t}){let n=gi(),[o,r]=P(!1),l=De(null),s=De(!0),a=e.role||"viewer",u=yc.filter(([_])=>sl(a,_)),d=yc.find(([_])=>_===n),[,p,m]=d||[];ce(()=>{n||window.location.replace("#/"+u[0][0]),document.title=(p||"Switchboard")+" · Switchboard console",r(!1),!s.current&&l.current&&l.current.focus(),s.current=!1},[n]);let g;return n?d?sl(a,n)?g=y`<${m} me=${e} />`:g=y`<h1>${p}</h1><p>Your role (${a}) may not open this page.</p>`:g=y`<h1>Page not found</h1><p>There is no page <code>${n}</code>.</p>`:g=y`<${xe} />`,y`<div class="shell">
    <a class="skip" href="#main" onClick=${_=>{_.preventDefault(),l.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${o} aria-controls="nav"
        onClick=${()=>r(!o)}>Menu</button>
      <nav id="nav" class=${o?"open":""} aria-label="Main">
        <ul>
          ${u.map(([_,w])=>y`<li key=${_}>
            <a href=${"#/"+_} aria-current=${_===n?"page":void 0}>${w}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${a}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${l} tabindex="-1">${g}</main>
  </div>`}qs(y`<${vc} />`,document.getElementById("app"));
