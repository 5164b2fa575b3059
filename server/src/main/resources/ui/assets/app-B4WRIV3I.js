var ve,Cs,Yc,Zt,Wl,Wo,As,qo,Ps,Gl,Vl,Jc,ho=Symbol.for("pv"),Vo={},Go=[],Qc=/^m(i|n|o|s|text|space)$/,Bl=Array.isArray,Bo=Go.slice,Xt=Object.assign;function gn(e){e&&e.parentNode&&e.remove()}function jo(e,t,o){var n,l,r,s={},a=arguments.length;for(r in t)r=="key"?n=t[r]:r=="ref"&&typeof e!="function"?l=t[r]:s[r]=t[r];return a>2&&(s.children=a>3?Bo.call(arguments,2):o),jn(e,s,n,l,null)}function Ms(e,t,o){var n,l,r,s=Xt({},e.props),a=arguments.length;for(r in t)r=="key"?n=t[r]:r=="ref"&&typeof e.type!="function"?l=t[r]:s[r]=t[r];return a>2&&(s.children=a>3?Bo.call(arguments,2):o),jn(e.type,s,n!==void 0?n:e.key,l!==void 0?l:e.ref,null)}function jn(e,t,o,n,l){var r={type:e,props:t,key:o,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:ho,__v:l||++Cs,__i:-1,__u:0};return!l&&ve.vnode&&ve.vnode(r),r}function Ko(e){return e.children}function Uo(e,t){this.props=e,this.context=t,this.__g=0}function en(e,t){if(t==null)return e.__&&en(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:en(e)}function Zc(e){var t,o=e.__v,n=o.__e,l=[],r=[],s=e.__P;s&&((t=Xt({constructor:ho},o)).__v=o.__v+1,ve.vnode&&ve.vnode(t),jl(s,t,o,e.__n,s.namespaceURI,32&o.__u?[n]:null,l,n||en(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,Is(l,t,r),o.__=o.__e=null,t.__e!=n&&Ds(t))}function Ds(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Ds(e)}function Ts(e){(8&e.__g||(e.__g|=8,Zt.push(e),Wo++))&&Wl==ve.debounceRendering||((Wl=ve.debounceRendering)||queueMicrotask)(Ls)}function Ls(){try{for(var e,t=1;Zt.length;)Zt.length>t&&Zt.sort(As),e=Zt.shift(),t=Zt.length,8&e.__g&&Zc(e)}finally{(Wo=Zt.length)&&(Wl||queueMicrotask)(Ls)}}function Rs(e,t,o,n,l,r,s,a,u,d,h){var m,_,g,v,k,x,A=n.__k||Go,w=t.length;for(u=Xc(o,t,A,u,w),m=0;m<w;m++)(g=o.__k[m])!=null&&(_=~g.__i&&A[g.__i]||Vo,g.__i=m,x=jl(e,g,_,l,r,s,a,u,d,h),v=g.__e,(_.ref!=g.ref||8&_.__u)&&(_.ref&&Kl(_.ref,null,g,_),g.ref&&h.push(g.ref,g.__c||v,g)),k=k||v,4&g.__u?(u=Ns(g,u,e,!_.__v),_.__e&&(_.__e=null)):typeof g.type=="function"&&x!==void 0?u=x:v&&(u=v.nextSibling),g.__u&=-21);return o.__e=k,u}function Xc(e,t,o,n,l){var r,s,a,u,d,h,m,_,g,v=o.length,k=v,x=0,A=0,w=e.__k=Array(l);for(r=0;r<l;r++)(s=t[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=w[r]=jn(null,s):Bl(s)?s=w[r]=jn(Ko,{children:s}):s.constructor===ho&&s.__b?s=w[r]=jn(s.type,s.props,s.key,s.ref,s.__v):w[r]=s,u=r+x,s.__=e,s.__b=e.__b+1,a=null,~(d=s.__i=eu(s,o,u,k))&&(k--,(a=o[d])&&(a.__u|=2)),a&&a.__v?(s.__u|=16,d==u-1?x--:d==u+1?x++:d!=u&&(d>u?x--:x++,A=1)):(~d||(l>v?x--:l<v&&x++),typeof s.type!="function"&&(s.__u|=4))):w[r]=null;if(A){for(h=[],m=[],r=0;r<l;r++)if((s=w[r])&&16&s.__u){for(x=0,_=h.length;x<_;)h[g=x+_>>1]<s.__i?x=g+1:_=g;h[x]=s.__i,m[r]=x+1}for(x=h.length;r--;)m[r]&&(m[r]==x?x--:w[r].__u|=4)}if(k)for(r=0;r<v;r++)!(a=o[r])||2&a.__u||(a.__e==n&&(n=en(a)),Yl(a,a));return n}function Ns(e,t,o,n){var l,r,s,a;if(typeof e.type=="function"){if(e.props.__P)return t;if(l=e.__k)for(r=0;r<l.length;r++)l[r]&&(l[r].__=e,t=Ns(l[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=en(e))&&!t.parentNode&&(t=null),s=e.__e,a=t;a&&a.nodeType==8;)a=a.nextSibling;for(s!=a&&(!n&&o.moveBefore&&s.parentNode?o.moveBefore(s,t):o.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function eu(e,t,o,n){var l,r=e.key,s=e.type,a=t[o],u=a&&!(2&a.__u);if(a===null&&r==null||u&&r==a.key&&s==a.type)return o;if(n>(u?1:0)){for(l=o-1;l>=0;l--)if((a=t[l])&&!(2&a.__u)&&r==a.key&&s==a.type)return l;for(l=o+1;l<t.length;l++)if((a=t[l])&&!(2&a.__u)&&r==a.key&&s==a.type)return l}return-1}function Es(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function zo(e,t,o,n,l){var r,s;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)o&&t in o||Es(e.style,t);if(o)for(t in o)n&&o[t]==n[t]||Es(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=o,o&&n||(s=Vl[t]||(Vl[t]=tu(t)),(e.__a||(e.__a={}))[t]=Gl,r=t!=(t=t.replace(Ps,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,s,r):e.removeEventListener(t,s,r));else{if(l=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function tu(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[qo]==null)t[qo]=Gl++;else if(t[qo]<this.__a[e])return;return o(ve.event?ve.event(t):t)}}}function jl(e,t,o,n,l,r,s,a,u,d){var h,m,_,g,v,k,x,A,w,D,E,N,S,R,O,K,G,C,H=t.type;if(t.constructor!==ho)return null;128&o.__u&&(u=32&o.__u,h=o.__c.__z)&&(t.__u|=u,m=r=[],h.nodeType==8?a=Ho(h,r):r.push(h),a=r[0]||a),(h=ve.__b)&&h(t);e:if(typeof H=="function"){_=s.length;try{if(A=t.props,w=(h=H.prototype)&&h.render,D=(h=H.contextType)&&n[h.__c],E=h?D?D.props.value:h.__:n,(g=o.__c)?(t.__c=g,2&g.__g&&(g.__g|=1)):(w?t.__c=g=new H(A,E):(t.__c=g=new Uo(A,E),g.constructor=H,g.render=ou),D&&D.sub(g),g.state||(g.state={}),g.__n=n,g.__g|=8,g.__h=[],g.__k=[]),w&&(g.__s||(g.__s=g.state),H.getDerivedStateFromProps&&(g.__s==g.state&&(g.__s=Xt({},g.__s)),Xt(g.__s,H.getDerivedStateFromProps(A,g.__s)))),v=g.props,k=g.state,g.__v=t,o.__c){if(A!==v&&w&&!H.getDerivedStateFromProps&&g.componentWillReceiveProps&&g.componentWillReceiveProps(A,E),t.__v==o.__v&&!(8&g.__g)||!(4&g.__g)&&g.shouldComponentUpdate&&g.shouldComponentUpdate(A,g.__s,E)===!1){t.__v!=o.__v&&(g.props=A,g.state=g.__s,g.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(I){I&&(I.__=t)}),Go.push.apply(g.__h,g.__k),g.__k=[],g.__h.length&&s.push(g),a=en(o);break e}g.componentWillUpdate&&g.componentWillUpdate(A,g.__s,E),w&&g.componentDidUpdate&&g.__h.push(function(){g.componentDidUpdate(v,k,x)})}else w&&!H.getDerivedStateFromProps&&g.componentWillMount&&g.componentWillMount(),w&&g.componentDidMount&&g.__h.push(g.componentDidMount);g.context=E,g.props=A,g.__P=e,g.__g&=-5,N=ve.__r,S=w?25:0;do g.__g&=-9,N&&N(t),h=g.render(g.props,g.state=g.__s,g.context);while(8&g.__g&&++S<25);w&&(Go.push.apply(g.__h,g.__k),g.__k=[]),g.state=g.__s,g.getChildContext&&(n=Xt({},n,g.getChildContext())),w&&o.__c&&g.getSnapshotBeforeUpdate&&(x=g.getSnapshotBeforeUpdate(v,k)),R=h&&h.type===Ko&&h.key==null?h.props.children:h,A.__P&&(h=a,l=(e=A.__P).namespaceURI,u=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(I){I&&Yl(I,I)}),o.__k=null),a=o.__k?en(o,0):null),a=Rs(e,Bl(R)?R:[R],t,o,n,l,r,s,a,u,d),A.__P&&(t.__e=null,a=h),t.__u&=-161,m&&m.some(gn),g.__h.length&&s.push(g),1&g.__g&&(g.__g&=-4)}catch(I){if(s.length=_,t.__v=null,u||r)if(I&&I.then){if(t.__u|=128|u,r){for(~(G=r.indexOf(a||void 0))||(G=r.length);(C=r[G-1])&&C.nodeType==8;)G--;for(;G<r.length;G++)if(C=r[G])if(r[G]=null,O){if(C==K)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(K=Ho(O=C))}}if(!O){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;O=a}(h=Ho(O=t.__c.__z||(t.__c.__z=O)))?(t.__e=O,a=h):t.__e=a,a=a&&a.nextSibling}else r&&r.some(gn);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),I&&I.then||Os(t),ve.__e(I,t,o)}}else a=t.__e=nu(o.__e,t,o,n,l,r,s,u,d,e);return(h=ve.diffed)&&h(t),a}function Ho(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function Os(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Os))}function Is(e,t,o){for(var n=0;n<o.length;)Kl(o[n++],o[n++],o[n++]);ve.__c&&ve.__c(t,e),e.some(function(l){try{e=l.__h,l.__h=[],e.some(function(r){r.call(l)})}catch(r){ve.__e(r,l.__v)}})}function nu(e,t,o,n,l,r,s,a,u,d){var h,m,_,g,v,k,x,A,w=o.props||Vo,D=t.props,E=t.type;if(E=="svg"?l="http://www.w3.org/2000/svg":E=="math"?l="http://www.w3.org/1998/Math/MathML":l||(l="http://www.w3.org/1999/xhtml"),r){for(h=0;h<r.length;h++)if((v=r[h])&&(E?v.localName==E:v.nodeType==3)){e=v,r[h]=null;break}}if(!e){if(A=d.ownerDocument||document,!E)return A.createTextNode(D);e=A.createElementNS(l,E,D.is?D:d),a&&(ve.__m&&ve.__m(t,r),a=!1),r=null}if(E){if(d=E=="template"&&e.content||e,r=E=="textarea"&&D.defaultValue!=null?null:r&&Bo.call(d.childNodes),!a&&r)for(w={},h=0;h<e.attributes.length;h++)w[(v=e.attributes[h]).name]=v.value;for(h in w)v=w[h],h=="dangerouslySetInnerHTML"?_=v:h=="children"||h in D||h=="value"&&"defaultValue"in D||h=="checked"&&"defaultChecked"in D||zo(e,h,null,v,l);for(h in D)v=D[h],h=="children"?g=v:h=="dangerouslySetInnerHTML"?m=v:h=="value"?k=v:h=="checked"?x=v:a&&typeof v!="function"||w[h]===v||zo(e,h,v,w[h],l);m?(a||_&&(m.__html==_.__html||m.__html==e.innerHTML)||(e.innerHTML=m.__html),t.__k=[]):(_&&(e.textContent=""),(E=="foreignObject"||l=="http://www.w3.org/1998/Math/MathML"&&Qc.test(E))&&(l="http://www.w3.org/1999/xhtml"),Rs(d,Bl(g)?g:[g],t,o,n,l,r,s,r?r[0]:o.__k&&en(o,0),a,u),r&&r.some(gn)),a&&E!="textarea"||(h="value",E=="progress"&&k==null?e.removeAttribute(h):k==null||k===e[h]&&(E!="progress"||k)||zo(e,h,k,w[h],l),h="checked",x!=null&&x!=e[h]&&zo(e,h,x,w[h],l))}else w===D||a&&e.data==D||(e.data=D);return e}function Kl(e,t,o,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(l){ve.__e(l,o)}}function Yl(e,t,o){var n,l,r,s;if(ve.unmount&&ve.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||Kl(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(a){ve.__e(a,t)}n.__P=n.__n=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Yl(n[s],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(n=e.__c)&&(n=n.__z)&&(l=Ho(n,r=[]))&&(n==e.__e&&r.some(gn),gn(l),gn(n)),o||gn(e.__e),e.__e=e.__c=e.__=null}function ou(e,t,o){return this.constructor(e,o)}function Fs(e,t){var o,n,l,r;ve.__&&ve.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(o=e&&32&e.__u)?null:t.__k,t.__k=jn(Ko,{children:[e]}),l=[],r=[],jl(t,t.__k,n||Vo,Vo,t.namespaceURI,n?null:t.firstChild?Bo.call(t.childNodes):null,l,n?n.__e:t.firstChild,o,r),Is(l,t.__k,r),t.__k.props.children=null}ve={__e:function(e,t,o,n){for(var l,r,s;t=t.__;)if((l=t.__c)&&!(1&l.__g)){l.__g|=4;try{if((s=(r=l.constructor)&&r.getDerivedStateFromError)&&l.setState(r.getDerivedStateFromError(e)),l.componentDidCatch&&(l.componentDidCatch(e,n||{}),s=1),s&&8&l.__g)return void(l.__g|=2)}catch(a){e=a}}throw Wo=0,e}},Cs=0,Yc=function(e){return e!=null&&e.constructor===ho},Uo.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=Xt({},this.state)),typeof e=="function"&&(e=e(Xt({},o),this.props)),e&&(Xt(o,e),this.__v&&(t&&this.__k.push(t),Ts(this)))},Uo.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Ts(this))},Uo.prototype.render=Ko,Zt=[],Wo=0,As=function(e,t){return e.__v.__b-t.__v.__b},qo=Symbol(),Ps=/(PointerCapture)$|Capture$/i,Gl=0,Vl={},Jc=0;var qs=function(e,t,o,n){var l;t[0]=0;for(var r=1;r<t.length;r++){var s=t[r++],a=t[r]?(t[0]|=s?1:2,o[t[r++]]):t[++r];s===3?n[0]=a:s===4?n[1]=Object.assign(n[1]||{},a):s===5?(n[1]=n[1]||{})[t[++r]]=a:s===6?n[1][t[++r]]+=a+"":s?(l=e.apply(a,qs(e,a,o,["",null])),n.push(l),a[0]?t[0]|=2:(t[r-2]=0,t[r]=l)):n.push(a)}return n},zs=new Map;function Yo(e){var t=zs.get(this);return t||(t=new Map,zs.set(this,t)),(t=qs(this,t.get(e)||(t.set(e,t=(function(o){for(var n,l,r=1,s="",a="",u=[0],d=function(_){r===1&&(_||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,s):r===3&&(_||s)?(u.push(3,_,s),r=2):r===2&&s==="..."&&_?u.push(4,_,0):r===2&&s&&!_?u.push(5,0,!0,s):r>=5&&((s||!_&&r===5)&&(u.push(r,0,s,l),r=6),_&&(u.push(r,_,0,l),r=6)),s=""},h=0;h<o.length;h++){h&&(r===1&&d(),d(h));for(var m=0;m<o[h].length;m++)n=o[h][m],r===1?n==="<"?(d(),u=[u],r=3):s+=n:r===4?s==="--"&&n===">"?(r=1,s=""):s=n+s[0]:a?n===a?a="":s+=n:n==='"'||n==="'"?a=n:n===">"?(d(),r=1):r&&(n==="="?(r=5,l=s,s=""):n==="/"&&(r<5||o[h][m+1]===">")?(d(),r===3&&(u=u[0]),r=u,(u=u[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(d(),r=2):s+=n),r===3&&s==="!--"&&(r=4,u=u[0])}return d(),u})(e)),t),arguments,[])).length>1?t:t[0]}var y=Yo.bind(jo);var Kn,Ne,Jl,Us,Ql=Object.is,_o=0,Js=[],Zl=[],Re=ve,Hs=Re.__b,Ws=Re.__r,Vs=Re.diffed,Gs=Re.__c,Bs=Re.unmount,js=Re.__;function Jo(e,t){Re.__h&&Re.__h(Ne,e,_o||t),_o=0;var o=Ne.__H||(Ne.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function M(e){return _o=1,lu(Zs,e)}function lu(e,t,o){var n=Jo(Kn++,2);if(n.t=e,!n.__c&&(n.__=[o?o(t):Zs(void 0,t),function(r){var s=(n.__N||n.__)[0],a=n.t(s,r);Ql(s,a)||(n.__N=[a,n.__[1]],n.__c.setState({}))}],n.__c=Ne,!Ne.__f)){Ne.__f=!0;var l=Ne.shouldComponentUpdate;Ne.shouldComponentUpdate=function(r,s,a){var u=this.__H;if(!u)return!0;var d=!1,h=this.props!=r;if(u.__.some(function(_){_.__N&&(d=!0,Ql(_.__[0],_.__N[0])||(h=!0))}),l){var m=l.call(this,r,s,a);return d?m||h:m}return!d||h}}return n.__}function ce(e,t){var o=Jo(Kn++,3);!Re.__s&&Qs(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,Ne.__H.__h.push(o))}function De(e){return _o=5,Qo(function(){return{current:e}},[])}function Qo(e,t){var o=Jo(Kn++,7);return Qs(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function tn(e,t){return _o=8,Qo(function(){return e},t)}function er(){var e=Jo(Kn++,11);if(!e.__){for(var t=Ne.__v;!t.__m&&t.__;)t=t.__;var o=t.__m||(t.__m=[0,0]);e.__="P"+o[0]+"-"+o[1]++}return e.__}function ru(){var e;do{for(;e=Zl.shift();)try{go(e)}catch(o){Re.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=Js.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(go),t.__h.some(Xl),t.__h=[]}catch(o){t.__h=[],Re.__e(o,e.__v)}}}while(Zl.length)}Re.__b=function(e){Ne=null,Hs&&Hs(e)},Re.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),js&&js(e,t)},Re.__r=function(e){Ws&&Ws(e),Kn=0;var t=(Ne=e.__c).__H;t&&(Jl==Ne?Ne.__h=[]:(t.__h.some(go),t.__h.some(Xl),Kn=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Jl=Ne},Re.diffed=function(e){Vs&&Vs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Ys(Js.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Jl=Ne=null},Re.__c=function(e,t){t.some(function(o){try{o.__h.some(go),o.__h=o.__h.filter(function(n){return!n.__||Xl(n)})}catch(n){o.__h=[function(){throw n}]}}),Gs&&Gs(e,t)},Re.unmount=function(e){Bs&&Bs(e);var t,o,n=e.__c;n&&n.__H&&(n.__H.__.some(function(l){try{if(l.__P&&l.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}l.__P=o,Ys(Zl.push(l))}else go(l)}catch(r){t=r}}),n.__H=void 0,t&&Re.__e(t,n.__v))};var Ks=typeof requestAnimationFrame=="function";function su(e){var t,o=function(){clearTimeout(n),Ks&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(o,35);Ks&&(t=requestAnimationFrame(o))}function Ys(e){e!=1&&Us==Re.requestAnimationFrame||((Us=Re.requestAnimationFrame)||su)(ru)}function go(e){var t=Ne,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),Ne=t}function Xl(e){var t=Ne;e.__c=e.__(),Ne=t}function Qs(e,t){return!e||e.length!=t.length||t.some(function(o,n){return!Ql(o,e[n])})}function Zs(e,t){return typeof t=="function"?t(e):t}var bo=class extends Error{constructor(t,o,n){super(o),this.name="ApiError",this.status=t,this.code=n||""}},tr="",Xs=()=>{};function nr(e){tr=e||""}function ei(e){Xs=e}function iu(e,t,o){let n={accept:o};return t!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&tr&&(n["x-csrf-token"]=tr),n}async function ti(e,t,o,n,l){try{return await fetch(t,{method:e,headers:iu(e,o,n),body:o===void 0?void 0:JSON.stringify(o),credentials:"same-origin",cache:"no-store",signal:l})}catch(r){throw r.name==="AbortError"?r:new bo(0,"The gateway could not be reached: "+r.message)}}function ni(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function oi(e,t){let o=await e.text().catch(()=>""),n=null;try{n=o?JSON.parse(o):null}catch{n=null}let l=o&&!n&&o.length<300?o:`${e.status} ${e.statusText||"error"}`,{message:r,code:s}=ni(n,l);return e.status===401&&!t.startsWith("/ui/api/session")&&Xs(),new bo(e.status,r,typeof s=="string"?s:"")}async function J(e,t,o){let n=await ti(e,t,o,"application/json");if(!n.ok)throw await oi(n,t);let l=await n.text();return l?JSON.parse(l):null}async function li(e,t,o,n,l){let r=await ti("POST",e,t,"text/event-stream",n);if(!r.ok)throw await oi(r,e);l&&l(r);let s=r.body.pipeThrough(new TextDecoderStream).getReader(),a="",u=[],d="message",h=()=>{if(!u.length)return d="message",!1;let m=u.join(`
`),_=d;if(u=[],d="message",m==="[DONE]")return!0;let g;try{g=JSON.parse(m)}catch{g=m}if(g&&typeof g=="object"&&g.error){let v=ni(g,"The stream failed");throw new bo(r.status,v.message,v.code||g.error.type)}return o(g,_),!1};for(;;){let{value:m,done:_}=await s.read();if(_)break;a+=m;let g=a.split(/\r\n|\r|\n/);a=g.pop();for(let v of g)if(v===""){if(h())return s.cancel().catch(()=>{}),r}else v.startsWith("data:")?u.push(v.slice(v.startsWith("data: ")?6:5)):v.startsWith("event:")&&(d=v.slice(6).trim())}return a.startsWith("data:")&&u.push(a.slice(a.startsWith("data: ")?6:5)),h(),r}function xe({label:e="Loading…"}){return y`<p role="status" class="loading">${e}</p>`}function se({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return y`<div role="alert" class="alert">${t}</div>`}function ft({title:e,onClose:t,children:o,wide:n}){let l=De(null),r=De(!1),s=er();return ce(()=>{let d=l.current,h=document.activeElement;d.showModal();let m=d.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return m&&m.focus(),()=>{r.current=!0,d.open&&d.close(),h&&h.isConnected&&h.focus()}},[]),y`<dialog ref=${l} class=${n?"dialog wide":"dialog"} aria-labelledby=${s}
      onCancel=${d=>{d.preventDefault(),t()}} onClose=${()=>{r.current||t()}}>
    <header class="dialog-head">
      <h2 id=${s}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </header>
    ${o}
  </dialog>`}function _n({title:e,message:t,confirmLabel:o,onConfirm:n,onClose:l}){let[r,s]=M(!1),[a,u]=M(null);return y`<${ft} title=${e} onClose=${l}>
    <p>${t}</p>
    <${se} error=${a} />
    <div class="actions">
      <button type="button" onClick=${l} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${r} onClick=${async()=>{s(!0),u(null);try{await n(),l()}catch(h){u(h),s(!1)}}}>${o}</button>
    </div>
  <//>`}function Q({label:e,hint:t,children:o,className:n}){let l=er(),r=t?l+"-hint":void 0,s=Ms(o,{id:l,"aria-describedby":r});return y`<div class=${"field "+(n||"")}>
    <label for=${l}>${e}</label>
    ${s}
    ${t&&y`<small id=${r} class="hint">${t}</small>`}
  </div>`}function si({label:e,checked:t,onChange:o,disabled:n}){return y`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${n}
      onChange=${l=>o(l.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function ii({value:e}){if(!e)return y`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return y`<code class="masked">${t}</code>`}var ri={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function ai({state:e}){let[t,o]=ri[e]||ri.CONNECTING;return y`<span class=${"badge "+o}><span class="dot" aria-hidden="true"></span>${t}</span>`}var au=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],cu=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function uu(e,t=Date.now()){let o=Date.parse(e);if(!e||Number.isNaN(o))return"";let n=Math.round((o-t)/1e3);for(let[l,r]of au)if(Math.abs(n)>=r||l==="second")return cu.format(Math.round(n/r),l);return""}function nn({time:e,never:t="never"}){return e?y`<time datetime=${e} title=${new Date(e).toLocaleString()}>${uu(e)}</time>`:y`<span class="muted">${t}</span>`}function zt(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function Zo(e){let t=zt(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var or="/ui/api/session";function ci(e){return nr(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function ui(){try{return ci(await J("GET",or))}catch(e){if(e.status===401)return null;throw e}}async function fi(e){return ci(await J("POST",or,{credential:e}))}async function di(){try{await J("DELETE",or)}finally{nr("")}}var fu={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function lr(e,t){let o=fu[t];return!!o&&o(e)}function yo(e){return e==="admin"||e==="operator"||e==="member"}function pi({onSignedIn:e,notice:t}){let[o,n]=M(""),[l,r]=M(!1),[s,a]=M(null);return y`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async d=>{d.preventDefault(),r(!0),a(null);try{let h=await fi(o.trim());n(""),e(h)}catch(h){a(h),r(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&y`<p class="notice" role="status">${t}</p>`}
      <${Q} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${o}
          onInput=${d=>n(d.currentTarget.value)} />
      <//>
      <${se} error=${s} />
      <button type="submit" class="primary" disabled=${l||!o.trim()}>Sign in</button>
    </form>
  </main>`}function mi(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function hi(){let[e,t]=M(mi());return ce(()=>{let o=()=>t(mi());return window.addEventListener("hashchange",o),()=>window.removeEventListener("hashchange",o)},[]),e}function Xo(e,t){let[o,n]=M(void 0),[l,r]=M(null),s=De(e);s.current=e;let a=De(!1),u=De(!1),d=tn(async()=>{if(a.current){u.current=!0;return}a.current=!0;try{n(await s.current()),r(null)}catch(h){r(h)}finally{a.current=!1,u.current&&(u.current=!1,d())}},[]);return ce(()=>{let h=null,m=()=>{h===null&&!document.hidden&&(h=setInterval(d,t))},_=()=>{clearInterval(h),h=null},g=()=>{document.hidden?_():(d(),m())};return d(),m(),document.addEventListener("visibilitychange",g),()=>{_(),document.removeEventListener("visibilitychange",g)}},[t]),{data:o,error:l,refresh:d}}var el=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function gi({provider:e,canChange:t,onEdit:o,onDelete:n,onChanged:l}){let[r,s]=M(""),[a,u]=M(null),[d,h]=M(!1),m=e.enabled!==!1,_=async k=>{h(!0),u(null);try{await J("PATCH",`${el(e.name)}?update_mask=enabled`,{enabled:k}),l()}catch(x){u(x)}finally{h(!1)}},g=k=>s(r===k?"":k),v=e.usage_24h;return y`<article class="card provider" aria-label=${`Provider ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      <${ai} state=${e.state} />
    </div>
    ${e.state==="ERROR"&&y`<p class="error-detail">
      ${e.last_error||"The last check failed."} ${" "}
      ${e.last_error_time&&y`<span class="muted">(<${nn} time=${e.last_error_time} />)</span>`}
    </p>`}
    <dl>
      <dt>Preset</dt><dd>${e.preset||"custom"}</dd>
      <dt>Format</dt><dd>${e.api_format||"openai"}</dd>
      <dt>Base URL</dt><dd><code>${e.base_url}</code></dd>
      <dt>API key</dt><dd><${ii} value=${e.api_key_masked} /></dd>
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
      <dt>State since</dt><dd><${nn} time=${e.state_time} never="—" /></dd>
      ${v&&y`<dt>Last 24 h</dt><dd>${du(v)}</dd>`}
    </dl>
    ${t&&y`<div class="buttons">
      <button type="button" aria-expanded=${r==="test"} onClick=${()=>g("test")}>Test connection</button>
      <button type="button" aria-expanded=${r==="prompt"} onClick=${()=>g("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${r==="models"} onClick=${()=>g("models")}>Models</button>
      <button type="button" onClick=${o}>Edit</button>
      <button type="button" onClick=${n}>Delete</button>
      <${si} label="Enabled" checked=${m} disabled=${d} onChange=${_} />
    </div>`}
    <${se} error=${a} />
    ${r==="test"&&y`<${pu} name=${e.name} onDone=${l} />`}
    ${r==="prompt"&&y`<${mu} name=${e.name} onDone=${l} />`}
    ${r==="models"&&y`<${hu} name=${e.name} />`}
  </article>`}function du(e){let t=[`${e.requests||0} requests`];return e.errors&&t.push(`${e.errors} errors`),e.cost_usd!==void 0&&e.cost_usd!==null&&t.push(`$${Number(e.cost_usd).toFixed(4)}`),t.join(" · ")}function pu({name:e,onDone:t}){let[o,n]=M(null),[l,r]=M(null);return ce(()=>{J("POST",`${el(e)}:test`,{}).then(s=>{n(s),t()},r)},[]),l?y`<${se} error=${l} />`:o?o.ok?y`<div class="result" role="status">
    <strong class="success">Connected</strong> in ${Zo(o.latency)} · ${o.model_count||0} models
  </div>`:y`<div class="result" role="alert"><strong>Failed</strong>${o.latency?` after ${Zo(o.latency)}`:""}: ${o.error}</div>`:y`<div class="result"><${xe} label="Testing…" /></div>`}function mu({name:e,onDone:t}){let[o,n]=M("Say hi"),[l,r]=M(!1),[s,a]=M(null),[u,d]=M(null);return y`<form class="result" onSubmit=${async m=>{m.preventDefault(),r(!0),d(null),a(null);try{a(await J("POST",`${el(e)}:test`,{prompt:o})),t()}catch(_){d(_)}finally{r(!1)}}}>
    <div class="row">
      <${Q} label="Prompt" hint="At most 30 characters.">
        <input value=${o} maxlength="30" required onInput=${m=>n(m.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${l||!o.trim()}>Send</button>
    </div>
    ${l&&y`<${xe} label="Waiting for the reply…" />`}
    <${se} error=${u} />
    ${s&&(s.ok?y`<div role="status"><p><strong class="success">${Zo(s.prompt_latency||s.latency)}</strong>
          ${s.model&&y` · <code>${s.model}</code>`}</p>
          <blockquote class="reply">${s.reply}</blockquote></div>`:y`<div role="alert" class="alert">${s.error}</div>`)}
  </form>`}function hu({name:e}){let[t,o]=M(null),[n,l]=M(null);return ce(()=>{J("GET",`${el(e)}/models`).then(r=>o(r.models||[]),l)},[]),n?y`<${se} error=${n} />`:t?y`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(r=>y`<li key=${r.id}><code>${r.id}</code></li>`)}</ul>
  </div>`:y`<div class="result"><${xe} /></div>`}function _i({rows:e,onChange:t}){let o=(r,s)=>t(e.map((a,u)=>u===r?{...a,...s}:a)),n=r=>t(e.filter((s,a)=>a!==r)),l=()=>t([...e,{name:"",value:"",secret:!1}]);return y`<fieldset class="headers">
    <legend>Custom headers</legend>
    ${e.length===0&&y`<p class="muted small">None. Added to every request sent upstream.</p>`}
    ${e.map((r,s)=>y`<div class="row header-row" key=${s}>
      <${Q} label="Header name">
        <input value=${r.name} autocomplete="off" spellcheck="false"
          onInput=${a=>o(s,{name:a.currentTarget.value})} />
      <//>
      <${Q} label="Header value" hint=${r.masked&&!r.value?`Saved as ${r.masked}; type to replace`:void 0}>
        <input type=${r.secret?"password":"text"} value=${r.value} autocomplete="off" spellcheck="false"
          placeholder=${r.masked||""}
          onInput=${a=>o(s,{value:a.currentTarget.value,touched:!0})} />
      <//>
      <label class="check">
        <input type="checkbox" checked=${r.secret}
          onChange=${a=>o(s,{secret:a.currentTarget.checked,touched:!0})} />
        Secret
      </label>
      <button type="button" onClick=${()=>n(s)} aria-label=${`Remove header ${r.name||s+1}`}>Remove</button>
    </div>`)}
    <button type="button" onClick=${l}>Add header</button>
  </fieldset>`}function bi(e){let t=Object.entries(e.headers||{}).map(([n,l])=>({name:n,value:l,secret:!1})),o=Object.entries(e.secret_headers_masked||{}).map(([n,l])=>({name:n,value:"",masked:l,secret:!0,saved:!0}));return[...t,...o]}function yi(e,t){let o={},n={},l=e.filter(a=>a.name.trim());for(let a of l)(a.secret?n:o)[a.name.trim()]=a.value;let r=l.filter(a=>a.secret),s=r.length===t.length&&r.every(a=>a.saved&&!a.touched&&t.includes(a.name.trim()));if(!s&&r.some(a=>!a.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:o,secretHeaders:n,secretsChanged:!s}}var gu=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],_u={anthropic:"x-api-key",gemini:"x-goog-api-key"},bu={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function yu({protocol:e,host:t,port:o,basePath:n}){if(!t)return"";let l=e==="https"&&+o==443||e==="http"&&+o==80,r=n&&!n.startsWith("/")?"/"+n:n||"";return`${e}://${t}${o&&!l?":"+o:""}${r}`}function vi(e){try{let t=new URL(e),o=t.protocol.replace(":","");if(o!=="http"&&o!=="https")return null;let n=t.port||(o==="https"?"443":"80");return{protocol:o,host:t.hostname,port:n,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function tl(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function vu(e){return e?{...vi(e.base_url||"")||tl({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(zt(e.timeout)||120),rows:bi(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],...tl({})}}function rr({provider:e,onSaved:t,onClose:o}){let n=!!e,[l,r]=M(null),[s,a]=M(null),[u,d]=M(()=>vu(e)),[h,m]=M(!1),[_,g]=M(null);ce(()=>{J("GET","/admin/v1/presets").then(S=>{let R=S.presets||[];if(r(R),!n&&R.length){let O=R.find(K=>K.name==="custom")||R[0];d(K=>({...K,preset:O.name,...tl(O)}))}},a)},[]);let v=(l||[]).find(S=>S.name===u.preset)||{},k=S=>d(R=>({...R,...S})),x=S=>d(R=>{let O={...R,...S};return{...O,baseUrl:yu(O)}}),A=S=>d(R=>({...R,baseUrl:S,...vi(S)||{}})),w=S=>{let R=l.find(O=>O.name===S);d(O=>({...O,preset:S,...tl(R)}))},D=v.name&&v.name!=="custom"?v.auth_type:_u[u.format]||"bearer",E=async S=>{S.preventDefault(),g(null),m(!0);try{let R=await $u(e,u,v);t(R)}catch(R){g(R),m(!1)}},N=n?`Edit provider ${e.name}`:"Add provider";return s?y`<${ft} title=${N} onClose=${o}><${se} error=${s} /><//>`:l?y`<${ft} title=${N} onClose=${o} wide>
    <form onSubmit=${E} novalidate>
      <div class="row">
        <${Q} label="Preset" hint=${n?"Fixed once the provider exists.":v.local?"Usually runs on this machine.":void 0}>
          <select value=${u.preset} disabled=${n} onChange=${S=>w(S.currentTarget.value)}>
            ${l.map(S=>y`<option value=${S.name}>${S.display_name||S.name}</option>`)}
          </select>
        <//>
        <${Q} label="Name" hint="Model ids are <name>/<model>. Letters, digits, '.', '_' and '-'.">
          <input value=${u.name} required maxlength="64" pattern="[A-Za-z0-9][A-Za-z0-9._\\-]*" autocomplete="off"
            spellcheck="false" onInput=${S=>k({name:S.currentTarget.value})} />
        <//>
      </div>
      <fieldset>
        <legend>Connection</legend>
        <div class="row">
          <${Q} label="Protocol">
            <select value=${u.protocol} onChange=${S=>x({protocol:S.currentTarget.value})}>
              <option value="https">https</option>
              <option value="http">http</option>
            </select>
          <//>
          <${Q} label="Host">
            <input value=${u.host} autocomplete="off" spellcheck="false" onInput=${S=>x({host:S.currentTarget.value})} />
          <//>
          <${Q} label="Port">
            <input type="number" min="1" max="65535" value=${u.port} onInput=${S=>x({port:S.currentTarget.value})} />
          <//>
          <${Q} label="Base path">
            <input value=${u.basePath} autocomplete="off" spellcheck="false" placeholder="/v1"
              onInput=${S=>x({basePath:S.currentTarget.value})} />
          <//>
        </div>
        <${Q} label="Base URL" hint="Composed from the fields above, or paste a whole URL.">
          <input type="url" value=${u.baseUrl} required=${u.preset==="custom"} autocomplete="off" spellcheck="false"
            placeholder="https://api.example.com/v1" onInput=${S=>A(S.currentTarget.value)} />
        <//>
      </fieldset>
      <div class="row">
        <${Q} label="Format">
          <select value=${u.format} onChange=${S=>k({format:S.currentTarget.value})}>
            ${gu.map(([S,R])=>y`<option value=${S}>${R}</option>`)}
          </select>
        <//>
        <${Q} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${bu[D]||D} />
        <//>
        <${Q} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${u.timeout} onInput=${S=>k({timeout:S.currentTarget.value})} />
        <//>
      </div>
      <${Q} label="API key" hint=${n?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:D==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${u.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${S=>k({apiKey:S.currentTarget.value})} />
      <//>
      <${_i} rows=${u.rows} onChange=${S=>k({rows:S})} />
      <${se} error=${_} />
      <div class="actions">
        <button type="button" onClick=${o}>Cancel</button>
        <button type="submit" class="primary" disabled=${h}>Save</button>
      </div>
    </form>
  <//>`:y`<${ft} title=${N} onClose=${o}><${xe} /><//>`}async function $u(e,t,o){let n=t.name.trim();if(!n)throw new Error("Name: required.");let l=Number(t.timeout);if(!(l>0))throw new Error("Timeout: a number of seconds above 0.");let r=e?Object.keys(e.secret_headers_masked||{}):[],{headers:s,secretHeaders:a,secretsChanged:u}=yi(t.rows,r),d=t.baseUrl.trim();if(!e){let x={name:n,preset:t.preset,api_format:t.format,timeout:`${l}s`,headers:s};return d&&d!==o.base_url&&(x.base_url=d),t.apiKey&&(x.api_key=t.apiKey),Object.keys(a).length&&(x.secret_headers=a),J("POST","/admin/v1/providers",x)}let h={},m=[],_=(x,A,w)=>{JSON.stringify(A)!==JSON.stringify(w)&&(h[x]=A,m.push(x))};_("name",n,e.name),_("base_url",d,e.base_url||""),_("api_format",t.format,e.api_format||"openai"),_("timeout",`${l}s`,e.timeout?`${zt(e.timeout)}s`:"120s"),_("headers",s,e.headers||{}),u&&(h.secret_headers=a,m.push("secret_headers"));let g=t.apiKey&&!m.includes("base_url");t.apiKey&&!g&&(h.api_key=t.apiKey,m.push("api_key"));let v=e,k=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return m.length&&(v=await J("PATCH",`${k}?update_mask=${m.join(",")}`,h)),g&&(v=await J("POST",`/admin/v1/providers/${encodeURIComponent(v.name)}:rotateKey`,{api_key:t.apiKey})),v}var wu=3e3;function ku(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function sr({me:e}){let{data:t,error:o,refresh:n}=Xo(()=>J("GET","/admin/v1/providers").then(u=>u.providers||[]),wu),[l,r]=M(null),s=()=>r(null),a=()=>{s(),n()};return y`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${yo(e.role)&&y`<button type="button" class="primary" onClick=${()=>r({add:!0})}>Add provider</button>`}
    </div>
    <${se} error=${o} />
    ${t===void 0&&!o&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No providers yet.${yo(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&y`<div class="cards">
      ${t.map(u=>y`<${gi} key=${u.id||u.name} provider=${u} canChange=${ku(e,u)}
        onEdit=${()=>r({edit:u})} onDelete=${()=>r({remove:u})} onChanged=${n} />`)}
    </div>`}
    ${l&&l.add&&y`<${rr} onSaved=${a} onClose=${s} />`}
    ${l&&l.edit&&y`<${rr} provider=${l.edit} onSaved=${a} onClose=${s} />`}
    ${l&&l.remove&&y`<${_n} title=${`Delete provider ${l.remove.name}`}
      message=${`Requests for ${l.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await J("DELETE",`/admin/v1/providers/${encodeURIComponent(l.remove.name)}`),n()}} />`}
  </section>`}var nl=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],ir=(e,t)=>{let o=zt(e);return Number.isNaN(o)?"":String(Math.round(o*t*1e3)/1e3)};function $i(e){let t=e||{},o=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:n,...l})=>({...l,weight:String(l.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:o.max_attempts?String(o.max_attempts):"",initialBackoff:ir(o.initial_backoff,1e3),maxBackoff:ir(o.max_backoff,1e3),deadline:ir(o.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function xu(e){let t={},o=(n,l)=>{let r=Number(n);if(!(r>0))throw new Error(`${l}: a number above 0.`);return r};return e.maxAttempts!==""&&(t.max_attempts=Math.round(o(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${o(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${o(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${o(e.deadline,"Deadline")}s`),t}function wi(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let o=e.targets.filter(n=>n.model.trim()).map(n=>{let l=Number(n.weight||1);if(!(l>=1)||!Number.isInteger(l))throw new Error(`Weight of ${n.model}: a whole number from 1.`);return{...n,model:n.model.trim(),weight:l}});if(!o.length)throw new Error("Add at least one target model.");return{name:t,targets:o,strategy:e.strategy,retry:xu(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function ar({alias:e,onSaved:t,onClose:o}){let[n,l]=M(()=>$i(e)),[r,s]=M([]),[a,u]=M(!1),[d,h]=M(null);ce(()=>{J("GET","/v1/models").then(k=>s((k.data||[]).map(x=>x.id).filter(x=>x.includes("/"))),()=>{})},[]);let m=k=>l(x=>({...x,...k})),_=(k,x)=>m({targets:n.targets.map((A,w)=>w===k?{...A,...x}:A)}),g=async k=>{k.preventDefault(),h(null),u(!0);try{let x=wi(n);if(!e){t(await J("POST","/admin/v1/aliases",x));return}let A=wi($i(e)),w=Object.keys(x).filter(D=>JSON.stringify(x[D])!==JSON.stringify(A[D]));t(w.length?await J("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${w.join(",")}`,x):e)}catch(x){h(x),u(!1)}},v="alias-models";return y`<${ft} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${o} wide>
    <form onSubmit=${g} novalidate>
      <${Q} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${n.name} required autocomplete="off" spellcheck="false" onInput=${k=>m({name:k.currentTarget.value})} />
      <//>
      <fieldset>
        <legend>Targets</legend>
        <datalist id=${v}>${r.map(k=>y`<option value=${k} />`)}</datalist>
        ${n.targets.map((k,x)=>y`<div class="row" key=${x}>
          <${Q} label="Target model" className="grow">
            <input value=${k.model} list=${v} placeholder="provider/model" autocomplete="off" spellcheck="false"
              onInput=${A=>_(x,{model:A.currentTarget.value})} />
          <//>
          <${Q} label="Weight" className="narrow">
            <input type="number" min="1" step="1" value=${k.weight} onInput=${A=>_(x,{weight:A.currentTarget.value})} />
          <//>
          <button type="button" class="field-button" disabled=${n.targets.length===1}
            aria-label=${`Remove target ${k.model||x+1}`}
            onClick=${()=>m({targets:n.targets.filter((A,w)=>w!==x)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>m({targets:[...n.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${Q} label="Strategy">
        <select value=${n.strategy} onChange=${k=>m({strategy:k.currentTarget.value})}>
          ${nl.map(([k,x])=>y`<option value=${k}>${x}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${Q} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${n.maxAttempts} placeholder="3" onInput=${k=>m({maxAttempts:k.currentTarget.value})} />
          <//>
          <${Q} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${n.initialBackoff} placeholder="200" onInput=${k=>m({initialBackoff:k.currentTarget.value})} />
          <//>
          <${Q} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${n.maxBackoff} placeholder="5000" onInput=${k=>m({maxBackoff:k.currentTarget.value})} />
          <//>
          <${Q} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${n.deadline} placeholder="120" onInput=${k=>m({deadline:k.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${n.fallback} onChange=${k=>m({fallback:k.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${Q} label="Description">
        <input value=${n.description} onInput=${k=>m({description:k.currentTarget.value})} />
      <//>
      <${se} error=${d} />
      <div class="actions">
        <button type="button" onClick=${o}>Cancel</button>
        <button type="submit" class="primary" disabled=${a}>Save</button>
      </div>
    </form>
  <//>`}var Su={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function Tu(e){let t=e&&(e.breaker_state||e.breaker||e.state);return Su[t]||null}function Eu(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(zt(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(zt(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${zt(e.deadline)} s`),t.length?t.join(", "):"defaults"}function ki({alias:e,canChange:t,onEdit:o,onDelete:n}){let l=(nl.find(([r])=>r===e.strategy)||nl[0])[1];return y`<article class="card alias" aria-label=${`Alias ${e.name}`}>
    <div class="card-head">
      <h2>${e.name}</h2>
      ${t&&y`<div class="buttons">
        <button type="button" onClick=${o}>Edit</button>
        <button type="button" onClick=${n}>Delete</button>
      </div>`}
    </div>
    ${e.description&&y`<p>${e.description}</p>`}
    <dl>
      <dt>Strategy</dt><dd>${l}</dd>
      <dt>Retries</dt><dd>${Eu(e.retry)}</dd>
      ${e.fallback_on_context_length&&y`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap">
      <table>
        <caption class="sr-only">Targets of ${e.name}</caption>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(r=>{let s=r.status||{},a=Tu(s);return y`<tr key=${r.model}>
              <td><code>${r.model}</code></td>
              <td>${r.weight||1}</td>
              <td>${a?y`<span class=${"badge "+a[1]}>${a[0]}</span>`:y`<span class="muted">—</span>`}</td>
              <td><${nn} time=${s.last_served_time||s.last_served} /></td>
              <td>${s.requests!==void 0||s.failures!==void 0?`${s.requests||0}${s.failures?` (${s.failures} failed)`:""}${s.in_flight?`, ${s.in_flight} in flight`:""}`:y`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function Cu(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function cr({me:e}){let{data:t,error:o,refresh:n}=Xo(()=>J("GET","/admin/v1/aliases").then(u=>u.aliases||[]),5e3),[l,r]=M(null),s=()=>r(null),a=()=>{s(),n()};return y`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${yo(e.role)&&y`<button type="button" class="primary" onClick=${()=>r({add:!0})}>New alias</button>`}
    </div>
    <${se} error=${o} />
    ${t===void 0&&!o&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&y`<div class="cards wide-cards">
      ${t.map(u=>y`<${ki} key=${u.name} alias=${u} canChange=${Cu(e,u)}
        onEdit=${()=>r({edit:u})} onDelete=${()=>r({remove:u})} />`)}
    </div>`}
    ${l&&l.add&&y`<${ar} onSaved=${a} onClose=${s} />`}
    ${l&&l.edit&&y`<${ar} alias=${l.edit} onSaved=${a} onClose=${s} />`}
    ${l&&l.remove&&y`<${_n} title=${`Delete alias ${l.remove.name}`}
      message=${`Clients that send ${l.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await J("DELETE",`/admin/v1/aliases/${encodeURIComponent(l.remove.name)}`),n()}} />`}
  </section>`}function te(e){let t=Number(e??0);return Number.isFinite(t)?t:0}var Au=new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"});function ur(e,t="—"){if(!e)return t;let o=new Date(e);return Number.isNaN(o.getTime())?t:Au.format(o)}function vo({ts:e,none:t="—"}){return e?y`<time datetime=${e} title=${e}>${ur(e,t)}</time>`:y`<span class="muted">${t}</span>`}var Pu=new Intl.NumberFormat(void 0,{maximumFractionDigits:0});function $t(e){return Pu.format(te(e))}function bn(e){let t=te(e);if(t===0)return"$0.00";let o=Math.abs(t)>=1?2:Math.abs(t)>=.01?4:6;return"$"+t.toFixed(o)}function Yn({label:e,children:t}){return y`<div class="table-wrap table-scroll" tabindex="0" role="region" aria-label=${e}>${t}</div>`}var Mu=1440*60*1e3;function xi({me:e,onCreated:t,onClose:o}){let n=e?.role==="admin",[l,r]=M(null),[s,a]=M(null),[u,d]=M(!1);return ce(()=>{n&&J("GET","/admin/v1/users").then(m=>r((m.users||[]).filter(_=>!_.disabled))).catch(m=>{r([]),a(m)})},[n]),y`
    <${ft} title="New key" onClose=${o}>
      <form class="form" onSubmit=${async m=>{m.preventDefault();let _=new FormData(m.currentTarget),g={name:String(_.get("name")).trim()};n&&_.get("user")&&(g.user=String(_.get("user")));let v=String(_.get("days")||"").trim();v&&(g.expire_time=new Date(Date.now()+Number(v)*Mu).toISOString());let k=String(_.get("models")||"").split(/[\s,]+/).filter(Boolean);k.length&&(g.allowed_models=k),d(!0),a(null);try{t(await J("POST","/admin/v1/keys",g))}catch(x){a(x),d(!1)}}}>
        <${Q} label="Key name"><input name="name" required maxlength="100" autocomplete="off" /><//>
        ${n&&y`<${Q} label="User">
          <select name="user" disabled=${l===null}>
            ${l===null?y`<option value="">Loading…</option>`:(l.length?l:[{name:e.user_name}]).map(m=>y`<option value=${m.name} selected=${m.name===e.user_name}>${m.name}${m.role?` (${m.role})`:""}</option>`)}
          </select>
        <//>`}
        <${Q} label="Expires in days" hint="Empty: the key never expires.">
          <input name="days" type="number" min="1" max="3650" step="1" inputmode="numeric" />
        <//>
        <${Q} label="Allowed models"
          hint="Optional, comma-separated: exact names or “provider/*”. Empty: every model the user may use.">
          <input name="models" autocomplete="off" placeholder="openai/*, gpt-4o" />
        <//>
        <${se} error=${s} />
        <div class="actions">
          <button type="button" onClick=${o}>Cancel</button>
          <button type="submit" class="primary" disabled=${u}>Create key</button>
        </div>
      </form>
    <//>
  `}function Si({created:e,onDone:t}){let o=De(null),[n,l]=M(""),r=async()=>{try{await navigator.clipboard.writeText(e.secret),l("Copied to the clipboard.")}catch{o.current?.select(),l("Select the key and copy it with Ctrl+C.")}},s=e.key||{};return y`
    <${ft} title="Your new key" onClose=${t}>
      <p>
        Copy the key <strong>${s.name||s.prefix}</strong> now: this is the only time it is shown. The
        gateway keeps only a hash of it.
      </p>
      <${Q} label="Secret">
        <input ref=${o} class="secret" readonly value=${e.secret} autocomplete="off" spellcheck="false"
          onFocus=${a=>a.currentTarget.select()} />
      <//>
      <p class="success" role="status">${n}</p>
      <div class="actions">
        <button type="button" onClick=${r}>Copy</button>
        <button type="button" class="primary" onClick=${t}>Done</button>
      </div>
    <//>
  `}function Ei({me:e,apiKey:t,hasLimits:o=!0,onClose:n}){let l=e?.role==="admin"||e?.role==="operator",r=`/admin/v1/limits/key/${encodeURIComponent(t.id)}`,[s,a]=M(void 0),[u,d]=M(null),[h,m]=M(""),[_,g]=M(!1);ce(()=>{if(!o){a(null);return}J("GET",r).then(a).catch(E=>{E.status===404?a(null):(a(null),d(E))})},[r,o]);let v=async E=>{E.preventDefault(),g(!0),d(null),m("");try{a(await J("PUT",r,Du(new FormData(E.currentTarget)))),m("Limits saved.")}catch(N){d(N)}g(!1)},k=async()=>{g(!0),d(null),m("");try{await J("DELETE",r),a(null),m("Limits removed: the key has none now.")}catch(E){d(E)}g(!1)},x=s||{},A=x.budget||{},w=x.quota||{},D=`Limits of ${t.name||t.prefix}`;return y`
    <${ft} title=${D} onClose=${n} wide>
      ${s===void 0?y`<${xe} />`:y`
            ${s?y`<${Lu} policy=${s} />`:y`<p>This key has no limits of its own.</p>`}
            <form class="form limits-form" onSubmit=${v} key=${x.update_time||"none"}>
              <fieldset disabled=${!l||_}>
                <legend>Rate</legend>
                ${$o("Requests per minute (RPM)","rpm",x.requests_per_minute)}
                ${$o("Tokens per minute (TPM)","tpm",x.tokens_per_minute)}
                ${$o("Max concurrent requests","concurrent",x.max_concurrent)}
              </fieldset>
              <fieldset disabled=${!l||_}>
                <legend>Budget</legend>
                <${Q} label="Budget (USD)">
                  <input name="budget" inputmode="decimal" pattern="[0-9]+(\\.[0-9]{1,9})?" value=${A.amount_usd||""}
                    placeholder="25.00" autocomplete="off" />
                <//>
                ${Ti("Budget period","budget_period",A.period)}
                <label class="check">
                  <input type="checkbox" name="budget_soft" checked=${!!A.soft} /> Soft budget (allow, flag in usage)
                </label>
              </fieldset>
              <fieldset disabled=${!l||_}>
                <legend>Quota</legend>
                ${$o("Quota requests","quota_requests",w.requests)}
                ${$o("Quota tokens","quota_tokens",w.tokens)}
                ${Ti("Quota period","quota_period",w.period||"day")}
                <label class="check">
                  <input type="checkbox" name="quota_soft" checked=${!!w.soft} /> Soft quota (allow, flag in usage)
                </label>
              </fieldset>
              <p class="hint">Empty or 0: no limit. Hard limits refuse a request with 429.</p>
              <p class="success" role="status">${h}</p>
              <${se} error=${u} />
              <div class="actions">
                ${l&&s&&y`<button type="button" class="danger" disabled=${_} onClick=${k}>Remove limits</button>`}
                ${l?y`<button type="submit" class="primary" disabled=${_}>Save</button>`:y`<p class="hint">Only admins and operators change limits.</p>`}
              </div>
            </form>
          `}
    <//>
  `}function $o(e,t,o){let n=te(o);return y`<${Q} label=${e}>
    <input name=${t} type="number" min="0" step="1" inputmode="numeric" value=${n?String(n):""} />
  <//>`}function Ti(e,t,o){return y`<${Q} label=${e}>
    <select name=${t}>
      <option value="day" selected=${o==="day"}>Day</option>
      <option value="month" selected=${o!=="day"}>Month</option>
    </select>
  <//>`}function Du(e){let t=l=>{let r=String(e.get(l)||"").trim();return r?Number(r):0},o={};t("rpm")&&(o.requests_per_minute=String(t("rpm"))),t("tpm")&&(o.tokens_per_minute=String(t("tpm"))),t("concurrent")&&(o.max_concurrent=t("concurrent"));let n=String(e.get("budget")||"").trim();return n&&Number(n)>0&&(o.budget={amount_usd:n,period:e.get("budget_period"),soft:e.get("budget_soft")==="on"}),(t("quota_requests")||t("quota_tokens"))&&(o.quota={requests:String(t("quota_requests")),tokens:String(t("quota_tokens")),period:e.get("quota_period"),soft:e.get("quota_soft")==="on"}),o}function fr(e){return e==="day"?"today":e==="month"?"this month":"this period"}function Lu({policy:e}){let t=e.status||{},o=(n,l,r=$t)=>te(l)?`${r(n)} of ${r(l)}`:r(n);return y`
    <dl class="standing" aria-label="Now">
      <div><dt>Requests this minute</dt><dd>${o(t.requests_this_minute,e.requests_per_minute)}</dd></div>
      <div><dt>Tokens this minute</dt><dd>${o(t.tokens_this_minute,e.tokens_per_minute)}</dd></div>
      <div><dt>In flight</dt><dd>${o(t.in_flight,e.max_concurrent)}</dd></div>
      ${e.budget&&y`<div><dt>Spent ${fr(e.budget.period)}</dt>
        <dd>${bn(t.spent_usd)} of ${bn(e.budget.amount_usd)}</dd></div>`}
      ${e.quota&&y`<div><dt>Requests ${fr(e.quota.period)}</dt>
          <dd>${o(t.requests_this_period,e.quota.requests)}</dd></div>
        <div><dt>Tokens ${fr(e.quota.period)}</dt>
          <dd>${o(t.tokens_this_period,e.quota.tokens)}</dd></div>`}
      ${t.period_end&&y`<div><dt>Period ends</dt><dd>${ur(t.period_end)}</dd></div>`}
    </dl>
  `}function dr({me:e}){let t=e?.role==="admin",[o,n]=M(null),[l,r]=M(null),[s,a]=M(!1),[u,d]=M(!1),[h,m]=M(null),[_,g]=M(null),[v,k]=M(null),[x,A]=M(""),[w,D]=M(new Map),[E,N]=M(""),[S,R]=M([]);ce(()=>{t&&J("GET","/admin/v1/users").then(C=>R((C.users||[]).map(H=>H.name))).catch(()=>R([]))},[t]);let O=tn(async()=>{r(null);try{let[C,H]=await Promise.all([J("GET","/admin/v1/keys?"+Nu(E,s)),J("GET","/admin/v1/limits?scope=key").catch(()=>({}))]);n(C.keys||[]),D(new Map((H?.policies||[]).map(I=>[I.subject,I])))}catch(C){r(C)}},[E,s]);ce(()=>{O()},[O]);let K=C=>{d(!1),m(C),O()},G=async()=>{let C=_;await J("POST",`/admin/v1/keys/${encodeURIComponent(C.id)}:revoke`,{}),A(`Key "${C.name||C.prefix}" revoked.`),O()};return y`
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
          <select id="keys-owner" value=${E} onChange=${C=>N(C.currentTarget.value)}>
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
      <${se} error=${l} />
      ${o===null?!l&&y`<${xe} />`:o.length===0?y`<p class="empty">No keys yet. Create one with “New key”.</p>`:y`<${Ru} keys=${o} limits=${w} onRevoke=${g} onLimits=${k} />`}
      ${u&&y`<${xi} me=${e} onCreated=${K} onClose=${()=>d(!1)} />`}
      ${h&&y`<${Si} created=${h} onDone=${()=>m(null)} />`}
      ${_&&y`<${_n} title="Revoke key" confirmLabel="Revoke" onConfirm=${G}
        onClose=${()=>g(null)}
        message=${`Revoke “${_.name||_.prefix}” (${_.prefix}…, owner ${_.user})? It stops working at once; this cannot be undone.`} />`}
      ${v&&y`<${Ei} me=${e} apiKey=${v} hasLimits=${w.has(v.id)}
        onClose=${()=>{k(null),O()}} />`}
    </section>
  `}function Ru({keys:e,limits:t,onRevoke:o,onLimits:n}){return y`
    <${Yn} label="API keys">
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
          ${e.map(l=>y`<tr key=${l.id}>
              <td data-label="Name"><span>${l.name||y`<em>unnamed</em>`}${l.allowed_models?.length?y`<span class="sub block">models: ${l.allowed_models.join(", ")}</span>`:""}</span></td>
              <td data-label="Key"><span><code>${l.prefix}</code> <code class="masked">${l.masked}</code></span></td>
              <td data-label="Owner">${l.user}</td>
              <td data-label="Created"><${vo} ts=${l.create_time} /></td>
              <td data-label="Last used"><${nn} time=${l.last_used_time} /></td>
              <td data-label="Expires"><${vo} ts=${l.expire_time} none="never" /></td>
              <td data-label="State"><span class=${"badge "+((l.state||"active")==="active"?"ok":"off")}>${l.state||"active"}</span></td>
              <td data-label="Limits" class="limits-cell">${Ou(t.get(l.id))}</td>
              <td class="actions-cell"><div class="row-actions">
                <button type="button" onClick=${()=>n(l)}>Limits</button>
                ${(l.state||"active")==="active"&&y`<button type="button" class="danger" onClick=${()=>o(l)}>Revoke</button>`}
              </div></td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function Nu(e,t){let o=new URLSearchParams;return e&&o.set("user",e),t&&o.set("include_inactive","true"),o.toString()}function Ou(e){if(!e)return y`<span class="muted">none</span>`;let t=[];return Number(e.requests_per_minute)&&t.push(`${e.requests_per_minute} RPM`),Number(e.tokens_per_minute)&&t.push(`${e.tokens_per_minute} TPM`),Number(e.max_concurrent)&&t.push(`${e.max_concurrent} at once`),e.budget?.amount_usd&&t.push(`$${e.budget.amount_usd}/${e.budget.period||"month"}${e.budget.soft?" (soft)":""}`),e.quota&&(Number(e.quota.requests)||Number(e.quota.tokens))&&t.push(`quota/${e.quota.period||"day"}`),t.join(" · ")||y`<span class="muted">none</span>`}var Iu="uplot",Fu="u-hz",zu="u-vt",qu="u-title",Uu="u-wrap",Hu="u-under",Wu="u-over",Vu="u-axis",$n="u-off",Gu="u-select",Bu="u-cursor-x",ju="u-cursor-y",Ku="u-cursor-pt",Yu="u-legend",Ju="u-live",Qu="u-inline",Zu="u-series",Xu="u-marker",Ci="u-label",ef="u-value",ko="width",xo="height";var Ai="bottom",Jn="left",pr="right",Pr="#000",Pi=Pr+"0",mr="mousemove",Mi="mousedown",hr="mouseup",Di="mouseenter",Li="mouseleave",Ri="dblclick",tf="resize",nf="scroll",Ni="change",il="dppxchange",Mr="--",oo=typeof window<"u",vr=oo?document:null,Zn=oo?window:null,of=oo?navigator:null,de,ol;function $r(){let e=devicePixelRatio;de!=e&&(de=e,ol&&kr(Ni,ol,$r),ol=matchMedia(`(min-resolution: ${de-.001}dppx) and (max-resolution: ${de+.001}dppx)`),wn(Ni,ol,$r),Zn.dispatchEvent(new CustomEvent(il)))}function dt(e,t){if(t!=null){let o=e.classList;!o.contains(t)&&o.add(t)}}function wr(e,t){let o=e.classList;o.contains(t)&&o.remove(t)}function Se(e,t,o){e.style[t]=o+"px"}function At(e,t,o,n){let l=vr.createElement(e);return t!=null&&dt(l,t),o?.insertBefore(l,n),l}function wt(e,t){return At("div",e,t)}var Oi=new WeakMap;function qt(e,t,o,n,l){let r="translate("+t+"px,"+o+"px)",s=Oi.get(e);r!=s&&(e.style.transform=r,Oi.set(e,r),t<0||o<0||t>n||o>l?dt(e,$n):wr(e,$n))}var Ii=new WeakMap;function Fi(e,t,o){let n=t+o,l=Ii.get(e);n!=l&&(Ii.set(e,n),e.style.background=t,e.style.borderColor=o)}var zi=new WeakMap;function qi(e,t,o,n){let l=t+""+o,r=zi.get(e);l!=r&&(zi.set(e,l),e.style.height=o+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-o/2+"px":0)}var Dr={passive:!0},lf={...Dr,capture:!0};function wn(e,t,o,n){t.addEventListener(e,o,n?lf:Dr)}function kr(e,t,o,n){t.removeEventListener(e,o,Dr)}oo&&$r();function Pt(e,t,o,n){let l;o=o||0,n=n||t.length-1;let r=n<=2147483647;for(;n-o>1;)l=r?o+n>>1:pt((o+n)/2),t[l]<e?o=l:n=l;return e-t[o]<=t[n]-e?o:n}function ma(e){return(o,n,l)=>{let r=-1,s=-1;for(let a=n;a<=l;a++)if(e(o[a])){r=a;break}for(let a=l;a>=n;a--)if(e(o[a])){s=a;break}return[r,s]}}var ha=e=>e!=null,ga=e=>e!=null&&e>0,ul=ma(ha),rf=ma(ga);function sf(e,t,o,n=0,l=!1){let r=l?rf:ul,s=l?ga:ha;[t,o]=r(e,t,o);let a=e[t],u=e[t];if(t>-1)if(n==1)a=e[t],u=e[o];else if(n==-1)a=e[o],u=e[t];else for(let d=t;d<=o;d++){let h=e[d];s(h)&&(h<a?a=h:h>u&&(u=h))}return[a??_e,u??-_e]}function fl(e,t,o,n){let l=Wi(e),r=Wi(t);e==t&&(l==-1?(e*=o,t/=o):(e/=o,t*=o));let s=o==10?Vt:_a,a=l==1?pt:kt,u=r==1?kt:pt,d=a(s(qe(e))),h=u(s(qe(t))),m=Xn(o,d),_=Xn(o,h);return o==10&&(d<0&&(m=be(m,-d)),h<0&&(_=be(_,-h))),n||o==2?(e=m*l,t=_*r):(e=$a(e,m),t=dl(t,_)),[e,t]}function Lr(e,t,o,n){let l=fl(e,t,o,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var Rr=.1,Ui={mode:3,pad:Rr},To={pad:0,soft:null,mode:0},af={min:To,max:To};function al(e,t,o,n){return pl(o)?Hi(e,t,o):(To.pad=o,To.soft=n?0:null,To.mode=n?3:0,Hi(e,t,af))}function ue(e,t){return e??t}function cf(e,t,o){for(t=ue(t,0),o=ue(o,e.length-1);t<=o;){if(e[t]!=null)return!0;t++}return!1}function Hi(e,t,o){let n=o.min,l=o.max,r=ue(n.pad,0),s=ue(l.pad,0),a=ue(n.hard,-_e),u=ue(l.hard,_e),d=ue(n.soft,_e),h=ue(l.soft,-_e),m=ue(n.mode,0),_=ue(l.mode,0),g=t-e,v=Vt(g),k=nt(qe(e),qe(t)),x=Vt(k),A=qe(x-v);(g<1e-24||A>10)&&(g=0,(e==0||t==0)&&(g=1e-24,m==2&&d!=_e&&(r=0),_==2&&h!=-_e&&(s=0)));let w=g||k||1e3,D=Vt(w),E=Xn(10,pt(D)),N=w*(g==0?e==0?.1:1:r),S=be($a(e-N,E/10),24),R=e>=d&&(m==1||m==3&&S<=d||m==2&&S>=d)?d:_e,O=nt(a,S<R&&e>=R?R:Mt(R,S)),K=w*(g==0?t==0?.1:1:s),G=be(dl(t+K,E/10),24),C=t<=h&&(_==1||_==3&&G>=h||_==2&&G<=h)?h:-_e,H=Mt(u,G>C&&t<=C?C:nt(C,G));return O==H&&O==0&&(H=100),[O,H]}var uf=new Intl.NumberFormat(oo?of.language:"en-US"),Nr=e=>uf.format(e),mt=Math,sl=mt.PI,qe=mt.abs,pt=mt.floor,ze=mt.round,kt=mt.ceil,Mt=mt.min,nt=mt.max,Xn=mt.pow,Wi=mt.sign,Vt=mt.log10,_a=mt.log2,ff=(e,t=1)=>mt.sinh(e)*t,gr=(e,t=1)=>mt.asinh(e/t),_e=1/0;function Vi(e){return(Vt((e^e>>31)-(e>>31))|0)+1}function xr(e,t,o){return Mt(nt(e,t),o)}function ba(e){return typeof e=="function"}function le(e){return ba(e)?e:()=>e}var df=()=>{},ya=e=>e,va=(e,t)=>t,pf=e=>null,Gi=e=>!0,Bi=(e,t)=>e==t,mf=/\.\d*?(?=9{6,}|0{6,})/gm,kn=e=>{if(ka(e)||ln.has(e))return e;let t=`${e}`,o=t.match(mf);if(o==null)return e;let n=o[0].length-1;if(t.indexOf("e-")!=-1){let[l,r]=t.split("e");return+`${kn(l)}e${r}`}return be(e,n)};function yn(e,t){return kn(be(kn(e/t))*t)}function dl(e,t){return kn(kt(kn(e/t))*t)}function $a(e,t){return kn(pt(kn(e/t))*t)}function be(e,t=0){if(ka(e))return e;let o=10**t,n=e*o*(1+Number.EPSILON);return ze(n)/o}var ln=new Map;function wa(e){return((""+e).split(".")[1]||"").length}function Co(e,t,o,n){let l=[],r=n.map(wa);for(let s=t;s<o;s++){let a=qe(s),u=be(Xn(e,s),a);for(let d=0;d<n.length;d++){let h=e==10?+`${n[d]}e${s}`:n[d]*u,m=(s>=0?0:a)+(s>=r[d]?0:r[d]),_=e==10?h:be(h,m);l.push(_),ln.set(_,m)}}return l}var Eo={},Or=[],eo=[null,null],on=Array.isArray,ka=Number.isInteger,hf=e=>e===void 0;function ji(e){return typeof e=="string"}function pl(e){let t=!1;if(e!=null){let o=e.constructor;t=o==null||o==Object}return t}function gf(e){return e!=null&&typeof e=="object"}var _f=Object.getPrototypeOf(Uint8Array),xa="__proto__";function to(e,t=pl){let o;if(on(e)){let n=e.find(l=>l!=null);if(on(n)||t(n)){o=Array(e.length);for(let l=0;l<e.length;l++)o[l]=to(e[l],t)}else o=e.slice()}else if(e instanceof _f)o=e.slice();else if(t(e)){o={};for(let n in e)n!=xa&&(o[n]=to(e[n],t))}else o=e;return o}function Oe(e){let t=arguments;for(let o=1;o<t.length;o++){let n=t[o];for(let l in n)l!=xa&&(pl(e[l])?Oe(e[l],to(n[l])):e[l]=to(n[l]))}return e}var bf=0,yf=1,vf=2;function $f(e,t,o){for(let n=0,l,r=-1;n<t.length;n++){let s=t[n];if(s>r){for(l=s-1;l>=0&&e[l]==null;)e[l--]=null;for(l=s+1;l<o&&e[l]==null;)e[r=l++]=null}}}function wf(e,t){if(Sf(e)){let s=e[0].slice();for(let a=1;a<e.length;a++)s.push(...e[a].slice(1));return Tf(s[0])||(s=xf(s)),s}let o=new Set;for(let s=0;s<e.length;s++){let u=e[s][0],d=u.length;for(let h=0;h<d;h++)o.add(u[h])}let n=[Array.from(o).sort((s,a)=>s-a)],l=n[0].length,r=new Map;for(let s=0;s<l;s++)r.set(n[0][s],s);for(let s=0;s<e.length;s++){let a=e[s],u=a[0];for(let d=1;d<a.length;d++){let h=a[d],m=Array(l).fill(void 0),_=t?t[s][d]:yf,g=[];for(let v=0;v<h.length;v++){let k=h[v],x=r.get(u[v]);k===null?_!=bf&&(m[x]=k,_==vf&&g.push(x)):m[x]=k}$f(m,g,l),n.push(m)}}return n}var kf=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function xf(e){let t=e[0],o=t.length,n=Array(o);for(let r=0;r<n.length;r++)n[r]=r;n.sort((r,s)=>t[r]-t[s]);let l=[];for(let r=0;r<e.length;r++){let s=e[r],a=Array(o);for(let u=0;u<o;u++)a[u]=s[n[u]];l.push(a)}return l}function Sf(e){let t=e[0][0],o=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=o)return!1;if(l!=t){for(let r=0;r<o;r++)if(l[r]!=t[r])return!1}}return!0}function Tf(e,t=100){let o=e.length;if(o<=1)return!0;let n=0,l=o-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let r=nt(1,pt((l-n+1)/t));for(let s=e[n],a=n+r;a<=l;a+=r){let u=e[a];if(u!=null){if(u<=s)return!1;s=u}}return!0}var Sa=["January","February","March","April","May","June","July","August","September","October","November","December"],Ta=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ea(e){return e.slice(0,3)}var Ef=Ta.map(Ea),Cf=Sa.map(Ea),Af={MMMM:Sa,MMM:Cf,WWWW:Ta,WWW:Ef};function wo(e){return(e<10?"0":"")+e}function Pf(e){return(e<10?"00":e<100?"0":"")+e}var Mf={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>wo(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>wo(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>wo(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>wo(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>wo(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Pf(e.getMilliseconds())};function Ir(e,t){t=t||Af;let o=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)o.push(l[0][0]=="{"?Mf[l[1]]:l[0]);return r=>{let s="";for(let a=0;a<o.length;a++)s+=typeof o[a]=="string"?o[a]:o[a](r,t);return s}}var Df=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Lf(e,t){let o;return t=="UTC"||t=="Etc/UTC"?o=new Date(+e+e.getTimezoneOffset()*6e4):t==Df?o=e:(o=new Date(e.toLocaleString("en-US",{timeZone:t})),o.setMilliseconds(e.getMilliseconds())),o}var Ca=e=>e%1==0,cl=[1,2,2.5,5],Rf=Co(10,-32,0,cl),Aa=Co(10,0,32,cl),Nf=Aa.filter(Ca),vn=Rf.concat(Aa),Fr=`
`,Pa="{YYYY}",Ki=Fr+Pa,Ma="{M}/{D}",So=Fr+Ma,ll=So+"/{YY}",Da="{aa}",Of="{h}:{mm}",Qn=Of+Da,Yi=Fr+Qn,Ji=":{ss}",me=null;function La(e){let t=e*1e3,o=t*60,n=o*60,l=n*24,r=l*30,s=l*365,u=(e==1?Co(10,0,3,cl).filter(Ca):Co(10,-3,0,cl)).concat([t,t*5,t*10,t*15,t*30,o,o*5,o*10,o*15,o*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,r,r*2,r*3,r*4,r*6,s,s*2,s*5,s*10,s*25,s*50,s*100]),d=[[s,Pa,me,me,me,me,me,me,1],[l*28,"{MMM}",Ki,me,me,me,me,me,1],[l,Ma,Ki,me,me,me,me,me,1],[n,"{h}"+Da,ll,me,So,me,me,me,1],[o,Qn,ll,me,So,me,me,me,1],[t,Ji,ll+" "+Qn,me,So+" "+Qn,me,Yi,me,1],[e,Ji+".{fff}",ll+" "+Qn,me,So+" "+Qn,me,Yi,me,1]];function h(m){return(_,g,v,k,x,A)=>{let w=[],D=x>=s,E=x>=r&&x<s,N=m(v),S=be(N*e,3),R=_r(N.getFullYear(),D?0:N.getMonth(),E||D?1:N.getDate()),O=be(R*e,3);if(E||D){let K=E?x/r:0,G=D?x/s:0,C=S==O?S:be(_r(R.getFullYear()+G,R.getMonth()+K,1)*e,3),H=new Date(ze(C/e)),I=H.getFullYear(),Z=H.getMonth();for(let j=0;C<=k;j++){let re=_r(I+G*j,Z+K*j,1),B=re-m(be(re*e,3));C=be((+re+B)*e,3),C<=k&&w.push(C)}}else{let K=x>=l?l:x,G=pt(v)-pt(S),C=O+G+dl(S-O,K);w.push(C);let H=m(C),I=H.getHours()+H.getMinutes()/o+H.getSeconds()/n,Z=x/n,j=_.axes[g]._space,re=A/j;for(;C=be(C+x,e==1?0:3),!(C>k);)if(Z>1){let B=pt(be(I+Z,6))%24,ie=m(C).getHours()-B;ie>1&&(ie=-1),C-=ie*n,I=(I+Z)%24;let he=w[w.length-1];be((C-he)/x,3)*re>=.7&&w.push(C)}else w.push(C)}return w}}return[u,d,h]}var[If,Ff,zf]=La(1),[qf,Uf,Hf]=La(.001);Co(2,-53,53,[1]);function Qi(e,t){return e.map(o=>o.map((n,l)=>l==0||l==8||n==null?n:t(l==1||o[8]==0?n:o[1]+n)))}function Zi(e,t){return(o,n,l,r,s)=>{let a=t.find(v=>s>=v[0])||t[t.length-1],u,d,h,m,_,g;return n.map(v=>{let k=e(v),x=k.getFullYear(),A=k.getMonth(),w=k.getDate(),D=k.getHours(),E=k.getMinutes(),N=k.getSeconds(),S=x!=u&&a[2]||A!=d&&a[3]||w!=h&&a[4]||D!=m&&a[5]||E!=_&&a[6]||N!=g&&a[7]||a[1];return u=x,d=A,h=w,m=D,_=E,g=N,S(k)})}}function Wf(e,t){let o=Ir(t);return(n,l,r,s,a)=>l.map(u=>o(e(u)))}function _r(e,t,o){return new Date(e,t,o)}function Xi(e,t){return t(e)}var Vf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ea(e,t){return(o,n,l,r)=>r==null?Mr:t(e(n))}function Gf(e,t){let o=e.series[t];return o.width?o.stroke(e,t):o.points.width?o.points.stroke(e,t):null}function Bf(e,t){return e.series[t].fill(e,t)}var jf={show:!0,live:!0,isolate:!1,mount:df,markers:{show:!0,width:2,stroke:Gf,fill:Bf,dash:"solid"},idx:null,idxs:null,values:[]};function Kf(e,t){let o=e.cursor.points,n=wt(),l=o.size(e,t);Se(n,ko,l),Se(n,xo,l);let r=l/-2;Se(n,"marginLeft",r),Se(n,"marginTop",r);let s=o.width(e,t,l);return s&&Se(n,"borderWidth",s),n}function Yf(e,t){let o=e.series[t].points;return o._fill||o._stroke}function Jf(e,t){let o=e.series[t].points;return o._stroke||o._fill}function Qf(e,t){return e.series[t].points.size}var br=[0,0];function Zf(e,t,o){return br[0]=t,br[1]=o,br}function rl(e,t,o,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&o(l)}}function yr(e,t,o,n=!0){return l=>{(!n||l.target==t)&&o(l)}}var Xf={show:!0,x:!0,y:!0,lock:!1,move:Zf,points:{one:!1,show:Kf,size:Qf,width:0,stroke:Jf,fill:Yf},bind:{mousedown:rl,mouseup:rl,click:rl,dblclick:rl,mousemove:yr,mouseleave:yr,mouseenter:yr},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,o,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Ra={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},zr=Oe({},Ra,{filter:va}),Na=Oe({},zr,{size:10}),Oa=Oe({},Ra,{show:!1}),qr='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Ia="bold "+qr,Fa=1.5,ta={show:!0,scale:"x",stroke:Pr,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ia,side:2,grid:zr,ticks:Na,border:Oa,font:qr,lineGap:Fa,rotate:0},ed="Value",td="Time",na={show:!0,scale:"x",auto:!1,sorted:1,min:_e,max:-_e,idxs:[]};function nd(e,t,o,n,l){return t.map(r=>r==null?"":Nr(r))}function od(e,t,o,n,l,r,s){let a=[],u=ln.get(l)||0;o=s?o:be(dl(o,l),u);for(let d=o;d<=n;d=be(d+l,u))a.push(Object.is(d,-0)?0:d);return a}function Sr(e,t,o,n,l,r,s){let a=[],u=e.scales[e.axes[t].scale].log,d=u==10?Vt:_a,h=pt(d(o));l=Xn(u,h),u==10&&(l=vn[Pt(l,vn)]);let m=o,_=l*u;u==10&&(_=vn[Pt(_,vn)]);do a.push(m),m=m+l,u==10&&!ln.has(m)&&(m=be(m,ln.get(l))),m>=_&&(l=m,_=l*u,u==10&&(_=vn[Pt(_,vn)]));while(m<=n);return a}function ld(e,t,o,n,l,r,s){let u=e.scales[e.axes[t].scale].asinh,d=n>u?Sr(e,t,nt(u,o),n,l):[u],h=n>=0&&o<=0?[0]:[];return(o<-u?Sr(e,t,nt(u,-n),-o,l):[u]).reverse().map(_=>-_).concat(h,d)}var za=/./,rd=/[12357]/,sd=/[125]/,oa=/1/,Tr=(e,t,o,n)=>e.map((l,r)=>t==4&&l==0||r%n==0&&o.test(l.toExponential()[l<0?1:0])?l:null);function id(e,t,o,n,l){let r=e.axes[o],s=r.scale,a=e.scales[s],u=e.valToPos,d=r._space,h=u(10,s),m=u(9,s)-h>=d?za:u(7,s)-h>=d?rd:u(5,s)-h>=d?sd:oa;if(m==oa){let _=qe(u(1,s)-h);if(_<d)return Tr(t.slice().reverse(),a.distr,m,kt(d/_)).reverse()}return Tr(t,a.distr,m,1)}function ad(e,t,o,n,l){let r=e.axes[o],s=r.scale,a=r._space,u=e.valToPos,d=qe(u(1,s)-u(2,s));return d<a?Tr(t.slice().reverse(),3,za,kt(a/d)).reverse():t}function cd(e,t,o,n){return n==null?Mr:t==null?"":Nr(t)}var la={show:!0,scale:"y",stroke:Pr,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Ia,side:3,grid:zr,ticks:Na,border:Oa,font:qr,lineGap:Fa,rotate:0};function ud(e,t){let o=3+(e||1)*2;return be(o*t,3)}function fd(e,t){let{scale:o,idxs:n}=e.series[0],l=e._data[0],r=e.valToPos(l[n[0]],o,!0),s=e.valToPos(l[n[1]],o,!0),a=qe(s-r),u=e.series[t],d=a/(u.points.space*de);return n[1]-n[0]<=d}var ra={scale:null,auto:!0,sorted:0,min:_e,max:-_e},qa=(e,t,o,n,l)=>l,sa={show:!0,auto:!0,sorted:0,gaps:qa,alpha:1,facets:[Oe({},ra,{scale:"x"}),Oe({},ra,{scale:"y"})]},ia={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:qa,alpha:1,points:{show:fd,filter:null},values:null,min:_e,max:-_e,idxs:[],path:null,clip:null};function dd(e,t,o,n,l){return o/10}var Ua={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},pd=Oe({},Ua,{time:!1,ori:1}),aa={};function Ha(e,t){let o=aa[e];return o||(o={key:e,plots:[],sub(n){o.plots.push(n)},unsub(n){o.plots=o.plots.filter(l=>l!=n)},pub(n,l,r,s,a,u,d){for(let h=0;h<o.plots.length;h++)o.plots[h]!=l&&o.plots[h].pub(n,l,r,s,a,u,d)}},e!=null&&(aa[e]=o)),o}var no=1,Er=2;function xn(e,t,o){let n=e.mode,l=e.series[t],r=n==2?e._data[t]:e._data,s=e.scales,a=e.bbox,u=r[0],d=n==2?r[1]:r[t],h=n==2?s[l.facets[0].scale]:s[e.series[0].scale],m=n==2?s[l.facets[1].scale]:s[l.scale],_=a.left,g=a.top,v=a.width,k=a.height,x=e.valToPosH,A=e.valToPosV;return h.ori==0?o(l,u,d,h,m,x,A,_,g,v,k,hl,lo,_l,Va,Ba):o(l,u,d,h,m,A,x,g,_,k,v,gl,ro,Wr,Ga,ja)}function Ur(e,t){let o=0,n=0,l=ue(e.bands,Or);for(let r=0;r<l.length;r++){let s=l[r];s.series[0]==t?o=s.dir:s.series[1]==t&&(s.dir==1?n|=1:n|=2)}return[o,n==1?-1:n==2?1:n==3?2:0]}function md(e,t,o,n,l){let r=e.mode,s=e.series[t],a=r==2?s.facets[1].scale:s.scale,u=e.scales[a];return l==-1?u.min:l==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Gt(e,t,o,n,l,r){return xn(e,t,(s,a,u,d,h,m,_,g,v,k,x)=>{let A=s.pxRound,w=d.dir*(d.ori==0?1:-1),D=d.ori==0?lo:ro,E,N;w==1?(E=o,N=n):(E=n,N=o);let S=A(m(a[E],d,k,g)),R=A(_(u[E],h,x,v)),O=A(m(a[N],d,k,g)),K=A(_(r==1?h.max:h.min,h,x,v)),G=new Path2D(l);return D(G,O,K),D(G,S,K),D(G,S,R),G})}function ml(e,t,o,n,l,r){let s=null;if(e.length>0){s=new Path2D;let a=t==0?_l:Wr,u=o;for(let m=0;m<e.length;m++){let _=e[m];if(_[1]>_[0]){let g=_[0]-u;g>0&&a(s,u,n,g,n+r),u=_[1]}}let d=o+l-u,h=10;d>0&&a(s,u,n-h/2,d,n+r+h)}return s}function hd(e,t,o){let n=e[e.length-1];n&&n[0]==t?n[1]=o:e.push([t,o])}function Hr(e,t,o,n,l,r,s){let a=[],u=e.length;for(let d=l==1?o:n;d>=o&&d<=n;d+=l)if(t[d]===null){let m=d,_=d;if(l==1)for(;++d<=n&&t[d]===null;)_=d;else for(;--d>=o&&t[d]===null;)_=d;let g=r(e[m]),v=_==m?g:r(e[_]),k=m-l;g=s<=0&&k>=0&&k<u?r(e[k]):g;let A=_+l;v=s>=0&&A>=0&&A<u?r(e[A]):v,v>=g&&a.push([g,v])}return a}function ca(e){return e==0?ya:e==1?ze:t=>yn(t,e)}function Wa(e){let t=e==0?hl:gl,o=e==0?(l,r,s,a,u,d)=>{l.arcTo(r,s,a,u,d)}:(l,r,s,a,u,d)=>{l.arcTo(s,r,u,a,d)},n=e==0?(l,r,s,a,u)=>{l.rect(r,s,a,u)}:(l,r,s,a,u)=>{l.rect(s,r,u,a)};return(l,r,s,a,u,d=0,h=0)=>{d==0&&h==0?n(l,r,s,a,u):(d=Mt(d,a/2,u/2),h=Mt(h,a/2,u/2),t(l,r+d,s),o(l,r+a,s,r+a,s+u,d),o(l,r+a,s+u,r,s+u,h),o(l,r,s+u,r,s,h),o(l,r,s,r+a,s,d),l.closePath())}}var hl=(e,t,o)=>{e.moveTo(t,o)},gl=(e,t,o)=>{e.moveTo(o,t)},lo=(e,t,o)=>{e.lineTo(t,o)},ro=(e,t,o)=>{e.lineTo(o,t)},_l=Wa(0),Wr=Wa(1),Va=(e,t,o,n,l,r)=>{e.arc(t,o,n,l,r)},Ga=(e,t,o,n,l,r)=>{e.arc(o,t,n,l,r)},Ba=(e,t,o,n,l,r,s)=>{e.bezierCurveTo(t,o,n,l,r,s)},ja=(e,t,o,n,l,r,s)=>{e.bezierCurveTo(o,t,l,n,s,r)};function Ka(e){return(t,o,n,l,r)=>xn(t,o,(s,a,u,d,h,m,_,g,v,k,x)=>{let{pxRound:A,points:w}=s,D,E;d.ori==0?(D=hl,E=Va):(D=gl,E=Ga);let N=be(w.width*de,3),S=(w.size-w.width)/2*de,R=be(S*2,3),O=new Path2D,K=new Path2D,{left:G,top:C,width:H,height:I}=t.bbox;_l(K,G-R,C-R,H+R*2,I+R*2);let Z=j=>{if(u[j]!=null){let re=A(m(a[j],d,k,g)),B=A(_(u[j],h,x,v));D(O,re+S,B),E(O,re,B,S,0,sl*2)}};if(r)r.forEach(Z);else for(let j=n;j<=l;j++)Z(j);return{stroke:N>0?O:null,fill:O,clip:K,flags:no|Er}})}function Ya(e){return(t,o,n,l,r,s)=>{n!=l&&(r!=n&&s!=n&&e(t,o,n),r!=l&&s!=l&&e(t,o,l),e(t,o,s))}}var gd=Ya(lo),_d=Ya(ro);function Ja(e){let t=ue(e?.alignGaps,0);return(o,n,l,r)=>xn(o,n,(s,a,u,d,h,m,_,g,v,k,x)=>{[l,r]=ul(u,l,r);let A=s.pxRound,w=I=>A(m(I,d,k,g)),D=I=>A(_(I,h,x,v)),E,N;d.ori==0?(E=lo,N=gd):(E=ro,N=_d);let S=d.dir*(d.ori==0?1:-1),R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:no},O=R.stroke,K=!1;if(r-l>=k*4){let I=W=>o.posToVal(W,d.key,!0),Z=null,j=null,re,B,ot,Te=w(a[S==1?l:r]),ie=w(a[l]),he=w(a[r]),ne=I(S==1?ie+1:he-1);for(let W=S==1?l:r;W>=l&&W<=r;W+=S){let Ie=a[W],Ee=(S==1?Ie<ne:Ie>ne)?Te:w(Ie),pe=u[W];Ee==Te?pe!=null?(B=pe,Z==null?(E(O,Ee,D(B)),re=Z=j=B):B<Z?Z=B:B>j&&(j=B)):pe===null&&(K=!0):(Z!=null&&N(O,Te,D(Z),D(j),D(re),D(B)),pe!=null?(B=pe,E(O,Ee,D(B)),Z=j=re=B):(Z=j=null,pe===null&&(K=!0)),Te=Ee,ne=I(Te+S))}Z!=null&&Z!=j&&ot!=Te&&N(O,Te,D(Z),D(j),D(re),D(B))}else for(let I=S==1?l:r;I>=l&&I<=r;I+=S){let Z=u[I];Z===null?K=!0:Z!=null&&E(O,w(a[I]),D(Z))}let[C,H]=Ur(o,n);if(s.fill!=null||C!=0){let I=R.fill=new Path2D(O),Z=s.fillTo(o,n,s.min,s.max,C),j=D(Z),re=w(a[l]),B=w(a[r]);S==-1&&([B,re]=[re,B]),E(I,B,j),E(I,re,j)}if(!s.spanGaps){let I=[];K&&I.push(...Hr(a,u,l,r,S,w,t)),R.gaps=I=s.gaps(o,n,l,r,I),R.clip=ml(I,d.ori,g,v,k,x)}return H!=0&&(R.band=H==2?[Gt(o,n,l,r,O,-1),Gt(o,n,l,r,O,1)]:Gt(o,n,l,r,O,H)),R})}function bd(e){let t=ue(e.align,1),o=ue(e.ascDesc,!1),n=ue(e.alignGaps,0),l=ue(e.extend,!1);return(r,s,a,u)=>xn(r,s,(d,h,m,_,g,v,k,x,A,w,D)=>{[a,u]=ul(m,a,u);let E=d.pxRound,{left:N,width:S}=r.bbox,R=ie=>E(v(ie,_,w,x)),O=ie=>E(k(ie,g,D,A)),K=_.ori==0?lo:ro,G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:no},C=G.stroke,H=_.dir*(_.ori==0?1:-1),I=O(m[H==1?a:u]),Z=R(h[H==1?a:u]),j=Z,re=Z;l&&t==-1&&(re=N,K(C,re,I)),K(C,Z,I);for(let ie=H==1?a:u;ie>=a&&ie<=u;ie+=H){let he=m[ie];if(he==null)continue;let ne=R(h[ie]),W=O(he);t==1?K(C,ne,I):K(C,j,W),K(C,ne,W),I=W,j=ne}let B=j;l&&t==1&&(B=N+S,K(C,B,I));let[ot,Te]=Ur(r,s);if(d.fill!=null||ot!=0){let ie=G.fill=new Path2D(C),he=d.fillTo(r,s,d.min,d.max,ot),ne=O(he);K(ie,B,ne),K(ie,re,ne)}if(!d.spanGaps){let ie=[];ie.push(...Hr(h,m,a,u,H,R,n));let he=d.width*de/2,ne=o||t==1?he:-he,W=o||t==-1?-he:he;ie.forEach(Ie=>{Ie[0]+=ne,Ie[1]+=W}),G.gaps=ie=d.gaps(r,s,a,u,ie),G.clip=ml(ie,_.ori,x,A,w,D)}return Te!=0&&(G.band=Te==2?[Gt(r,s,a,u,C,-1),Gt(r,s,a,u,C,1)]:Gt(r,s,a,u,C,Te)),G})}function ua(e,t,o,n,l,r,s=_e){if(e.length>1){let a=null;for(let u=0,d=1/0;u<e.length;u++)if(t[u]!==void 0){if(a!=null){let h=qe(e[u]-e[a]);h<d&&(d=h,s=qe(o(e[u],n,l,r)-o(e[a],n,l,r)))}a=u}}return s}function yd(e){e=e||Eo;let t=ue(e.size,[.6,_e,1]),o=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let r=le(l),s=1-t[0],a=ue(t[1],_e),u=ue(t[2],1),d=ue(e.disp,Eo),h=ue(e.each,g=>{}),{fill:m,stroke:_}=d;return(g,v,k,x)=>xn(g,v,(A,w,D,E,N,S,R,O,K,G,C)=>{let H=A.pxRound,I=o,Z=n*de,j=a*de,re=u*de,B,ot;E.ori==0?[B,ot]=r(g,v):[ot,B]=r(g,v);let Te=E.dir*(E.ori==0?1:-1),ie=E.ori==0?_l:Wr,he=E.ori==0?h:(q,ye,Fe,Mn,an,Lt,cn)=>{h(q,ye,Fe,an,Mn,cn,Lt)},ne=ue(g.bands,Or).find(q=>q.series[0]==v),W=ne!=null?ne.dir:0,Ie=A.fillTo(g,v,A.min,A.max,W),Qe=H(R(Ie,N,C,K)),Ee,pe,xt,st=G,Ae=H(A.width*de),Dt=!1,Ut=null,ht=null,Bt=null,Cn=null;m!=null&&(Ae==0||_!=null)&&(Dt=!0,Ut=m.values(g,v,k,x),ht=new Map,new Set(Ut).forEach(q=>{q!=null&&ht.set(q,new Path2D)}),Ae>0&&(Bt=_.values(g,v,k,x),Cn=new Map,new Set(Bt).forEach(q=>{q!=null&&Cn.set(q,new Path2D)})));let{x0:An,size:so}=d;if(An!=null&&so!=null){I=1,w=An.values(g,v,k,x),An.unit==2&&(w=w.map(Fe=>g.posToVal(O+Fe*G,E.key,!0)));let q=so.values(g,v,k,x);so.unit==2?pe=q[0]*G:pe=S(q[0],E,G,O)-S(0,E,G,O),st=ua(w,D,S,E,G,O,st),xt=st-pe+Z}else st=ua(w,D,S,E,G,O,st),xt=st*s+Z,pe=st-xt;xt<1&&(xt=0),Ae>=pe/2&&(Ae=0),xt<5&&(H=ya);let Ao=xt>0,rn=st-xt-(Ao?Ae:0);pe=H(xr(rn,re,j)),Ee=(I==0?pe/2:I==Te?0:pe)-I*Te*((I==0?Z/2:0)+(Ao?Ae/2:0));let Ze={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Pn=Dt?null:new Path2D,Ht=null;if(ne!=null)Ht=g.data[ne.series[1]];else{let{y0:q,y1:ye}=d;q!=null&&ye!=null&&(D=ye.values(g,v,k,x),Ht=q.values(g,v,k,x))}let sn=B*pe,ee=ot*pe;for(let q=Te==1?k:x;q>=k&&q<=x;q+=Te){let ye=D[q];if(ye==null)continue;if(Ht!=null){let lt=Ht[q]??0;if(ye-lt==0)continue;Qe=R(lt,N,C,K)}let Fe=E.distr!=2||d!=null?w[q]:q,Mn=S(Fe,E,G,O),an=R(ue(ye,Ie),N,C,K),Lt=H(Mn-Ee),cn=H(nt(an,Qe)),it=H(Mt(an,Qe)),gt=cn-it;if(ye!=null){let lt=ye<0?ee:sn,St=ye<0?sn:ee;Dt?(Ae>0&&Bt[q]!=null&&ie(Cn.get(Bt[q]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),lt,St),Ut[q]!=null&&ie(ht.get(Ut[q]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),lt,St)):ie(Pn,Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),lt,St),he(g,v,q,Lt-Ae/2,it,pe+Ae,gt)}}return Ae>0?Ze.stroke=Dt?Cn:Pn:Dt||(Ze._fill=A.width==0?A._fill:A._stroke??A._fill,Ze.width=0),Ze.fill=Dt?ht:Pn,Ze})}function vd(e,t){let o=ue(t?.alignGaps,0);return(n,l,r,s)=>xn(n,l,(a,u,d,h,m,_,g,v,k,x,A)=>{[r,s]=ul(d,r,s);let w=a.pxRound,D=B=>w(_(B,h,x,v)),E=B=>w(g(B,m,A,k)),N,S,R;h.ori==0?(N=hl,R=lo,S=Ba):(N=gl,R=ro,S=ja);let O=h.dir*(h.ori==0?1:-1),K=D(u[O==1?r:s]),G=K,C=[],H=[];for(let B=O==1?r:s;B>=r&&B<=s;B+=O)if(d[B]!=null){let Te=u[B],ie=D(Te);C.push(G=ie),H.push(E(d[B]))}let I={stroke:e(C,H,N,R,S,w),fill:null,clip:null,band:null,gaps:null,flags:no},Z=I.stroke,[j,re]=Ur(n,l);if(a.fill!=null||j!=0){let B=I.fill=new Path2D(Z),ot=a.fillTo(n,l,a.min,a.max,j),Te=E(ot);R(B,G,Te),R(B,K,Te)}if(!a.spanGaps){let B=[];B.push(...Hr(u,d,r,s,O,D,o)),I.gaps=B=a.gaps(n,l,r,s,B),I.clip=ml(B,h.ori,v,k,x,A)}return re!=0&&(I.band=re==2?[Gt(n,l,r,s,Z,-1),Gt(n,l,r,s,Z,1)]:Gt(n,l,r,s,Z,re)),I})}function $d(e){return vd(wd,e)}function wd(e,t,o,n,l,r){let s=e.length;if(s<2)return null;let a=new Path2D;if(o(a,e[0],t[0]),s==2)n(a,e[1],t[1]);else{let u=Array(s),d=Array(s-1),h=Array(s-1),m=Array(s-1);for(let _=0;_<s-1;_++)h[_]=t[_+1]-t[_],m[_]=e[_+1]-e[_],d[_]=h[_]/m[_];u[0]=d[0];for(let _=1;_<s-1;_++)d[_]===0||d[_-1]===0||d[_-1]>0!=d[_]>0?u[_]=0:(u[_]=3*(m[_-1]+m[_])/((2*m[_]+m[_-1])/d[_-1]+(m[_]+2*m[_-1])/d[_]),isFinite(u[_])||(u[_]=0));u[s-1]=d[s-2];for(let _=0;_<s-1;_++)l(a,e[_]+m[_]/3,t[_]+u[_]*m[_]/3,e[_+1]-m[_]/3,t[_+1]-u[_+1]*m[_]/3,e[_+1],t[_+1])}return a}var Cr=new Set;function fa(){for(let e of Cr)e.syncRect(!0)}oo&&(wn(tf,Zn,fa),wn(nf,Zn,fa,!0),wn(il,Zn,()=>{je.pxRatio=de}));var kd=Ja(),xd=Ka();function da(e,t,o,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((r,s)=>Ar(r,s,t,o))}function Sd(e,t){return e.map((o,n)=>n==0?{}:Oe({},t,o))}function Ar(e,t,o,n){return Oe({},t==0?o:n,e)}function Qa(e,t,o){return t==null?eo:[t,o]}var Td=Qa;function Ed(e,t,o){return t==null?eo:al(t,o,Rr,!0)}function Za(e,t,o,n){return t==null?eo:fl(t,o,e.scales[n].log,!1)}var Cd=Za;function Xa(e,t,o,n){return t==null?eo:Lr(t,o,e.scales[n].log,!1)}var Ad=Xa;function Pd(e,t,o,n,l){let r=nt(Vi(e),Vi(t)),s=t-e,a=Pt(l/n*s,o);do{let u=o[a],d=n*u/s;if(d>=l&&r+(u<5?ln.get(u):0)<=17)return[u,d]}while(++a<o.length);return[0,0]}function pa(e){let t,o;return e=e.replace(/(\d+)px/,(n,l)=>(t=ze((o=+l)*de))+"px"),[e,t,o]}function Md(e){e.show&&[e.font,e.labelFont].forEach(t=>{let o=be(t[2]*de,1);t[0]=t[0].replace(/[0-9.]+px/,o+"px"),t[1]=o})}function je(e,t,o){let n={mode:ue(e.mode,1)},l=n.mode;function r(i,c,f,p){let b=c.valToPct(i);return p+f*(c.dir==-1?1-b:b)}function s(i,c,f,p){let b=c.valToPct(i);return p+f*(c.dir==-1?b:1-b)}function a(i,c,f,p){return c.ori==0?r(i,c,f,p):s(i,c,f,p)}n.valToPosH=r,n.valToPosV=s;let u=!1;n.status=0;let d=n.root=wt(Iu);if(e.id!=null&&(d.id=e.id),dt(d,e.class),e.title){let i=wt(qu,d);i.textContent=e.title}let h=At("canvas"),m=n.ctx=h.getContext("2d"),_=wt(Uu,d);wn("click",_,i=>{i.target===v&&($e!=Hn||Ce!=Wn)&&Ye.click(n,i)},!0);let g=n.under=wt(Hu,_);_.appendChild(h);let v=n.over=wt(Wu,_);e=to(e);let k=+ue(e.pxAlign,1),x=ca(k);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(n,e)||e)});let A=e.ms||.001,w=n.series=l==1?da(e.series||[],na,ia,!1):Sd(e.series||[null],sa),D=n.axes=da(e.axes||[],ta,la,!0),E=n.scales={},N=n.bands=e.bands||[];N.forEach(i=>{i.fill=le(i.fill||null),i.dir=ue(i.dir,-1)});let S=l==2?w[1].facets[0].scale:w[0].scale,R={axes:Rc,series:Ac},O=(e.drawOrder||["axes","series"]).map(i=>R[i]);function K(i){let c=i.distr==3?f=>Vt(f>0?f:i.clamp(n,f,i.min,i.max,i.key)):i.distr==4?f=>gr(f,i.asinh):i.distr==100?f=>i.fwd(f):f=>f;return f=>{let p=c(f),{_min:b,_max:$}=i,T=$-b;return(p-b)/T}}function G(i){let c=E[i];if(c==null){let f=(e.scales||Eo)[i]||Eo;if(f.from!=null){G(f.from);let p=Oe({},E[f.from],f,{key:i});p.valToPct=K(p),E[i]=p}else{c=E[i]=Oe({},i==S?Ua:pd,f),c.key=i;let p=c.time,b=c.range,$=on(b);if((i!=S||l==2&&!p)&&($&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Ui:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Ui:{mode:1,hard:b[1],soft:b[1]}},$=!1),!$&&pl(b))){let T=b;b=(P,L,F)=>L==null?eo:al(L,F,T)}c.range=le(b||(p?Td:i==S?c.distr==3?Cd:c.distr==4?Ad:Qa:c.distr==3?Za:c.distr==4?Xa:Ed)),c.auto=le($?!1:c.auto),c.clamp=le(c.clamp||dd),c._min=c._max=null,c.valToPct=K(c)}}}G("x"),G("y"),l==1&&w.forEach(i=>{G(i.scale)}),D.forEach(i=>{G(i.scale)});for(let i in e.scales)G(i);let C=E[S],H=C.distr,I,Z;C.ori==0?(dt(d,Fu),I=r,Z=s):(dt(d,zu),I=s,Z=r);let j={};for(let i in E){let c=E[i];(c.min!=null||c.max!=null)&&(j[i]={min:c.min,max:c.max},c.min=c.max=null)}let re=e.tzDate||(i=>new Date(ze(i/A))),B=e.fmtDate||Ir,ot=A==1?zf(re):Hf(re),Te=Zi(re,Qi(A==1?Ff:Uf,B)),ie=ea(re,Xi(Vf,B)),he=[],ne=n.legend=Oe({},jf,e.legend),W=n.cursor=Oe({},Xf,{drag:{y:l==2}},e.cursor),Ie=ne.show,Qe=W.show,Ee=ne.markers;ne.idxs=he,Ee.width=le(Ee.width),Ee.dash=le(Ee.dash),Ee.stroke=le(Ee.stroke),Ee.fill=le(Ee.fill);let pe,xt,st,Ae=[],Dt=[],Ut,ht=!1,Bt={};if(ne.live){let i=w[1]?w[1].values:null;ht=i!=null,Ut=ht?i(n,1,0):{_:0};for(let c in Ut)Bt[c]=Mr}if(Ie)if(pe=At("table",Yu,d),st=At("tbody",null,pe),ne.mount(n,pe),ht){xt=At("thead",null,pe,st);let i=At("tr",null,xt);At("th",null,i);for(var Cn in Ut)At("th",Ci,i).textContent=Cn}else dt(pe,Qu),ne.live&&dt(pe,Ju);let An={show:!0},so={show:!1};function Ao(i,c){if(c==0&&(ht||!ne.live||l==2))return eo;let f=[],p=At("tr",Zu,st,st.childNodes[c]);dt(p,i.class),i.show||dt(p,$n);let b=At("th",null,p);if(Ee.show){let P=wt(Xu,b);if(c>0){let L=Ee.width(n,c);L&&(P.style.border=L+"px "+Ee.dash(n,c)+" "+Ee.stroke(n,c)),P.style.background=Ee.fill(n,c)}}let $=wt(Ci,b);i.label instanceof HTMLElement?$.appendChild(i.label):$.textContent=i.label,c>0&&(Ee.show||($.style.color=i.width>0?Ee.stroke(n,c):Ee.fill(n,c)),Ze("click",b,P=>{if(W._lock)return;fn(P);let L=w.indexOf(i);if((P.ctrlKey||P.metaKey)!=ne.isolate){let F=w.some((z,U)=>U>0&&U!=L&&z.show);w.forEach((z,U)=>{U>0&&Nt(U,F?U==L?An:so:An,!0,Le.setSeries)})}else Nt(L,{show:!i.show},!0,Le.setSeries)},!1),Ln&&Ze(Di,b,P=>{W._lock||(fn(P),Nt(w.indexOf(i),Gn,!0,Le.setSeries))},!1));for(var T in Ut){let P=At("td",ef,p);P.textContent="--",f.push(P)}return[p,f]}let rn=new Map;function Ze(i,c,f,p=!0){let b=rn.get(c)||{},$=W.bind[i](n,c,f,p);$&&(wn(i,c,b[i]=$),rn.set(c,b))}function Pn(i,c,f){let p=rn.get(c)||{};for(let b in p)(i==null||b==i)&&(kr(b,c,p[b]),delete p[b]);i==null&&rn.delete(c)}let Ht=0,sn=0,ee=0,q=0,ye=0,Fe=0,Mn=ye,an=Fe,Lt=ee,cn=q,it=0,gt=0,lt=0,St=0;n.bbox={};let vl=!1,Po=!1,Dn=!1,un=!1,Mo=!1,_t=!1;function $l(i,c,f){(f||i!=n.width||c!=n.height)&&Jr(i,c),Fn(!1),Dn=!0,Po=!0,zn()}function Jr(i,c){n.width=Ht=ee=i,n.height=sn=q=c,ye=Fe=0,wc(),kc();let f=n.bbox;it=f.left=yn(ye*de,.5),gt=f.top=yn(Fe*de,.5),lt=f.width=yn(ee*de,.5),St=f.height=yn(q*de,.5)}let yc=3;function vc(){let i=!1,c=0;for(;!i;){c++;let f=Dc(c),p=Lc(c);i=c==yc||f&&p,i||(Jr(n.width,n.height),Po=!0)}}function $c({width:i,height:c}){$l(i,c)}n.setSize=$c;function wc(){let i=!1,c=!1,f=!1,p=!1;D.forEach((b,$)=>{if(b.show&&b._show){let{side:T,_size:P}=b,L=T%2,F=b.label!=null?b.labelSize:0,z=P+F;z>0&&(L?(ee-=z,T==3?(ye+=z,p=!0):f=!0):(q-=z,T==0?(Fe+=z,i=!0):c=!0))}}),dn[0]=i,dn[1]=f,dn[2]=c,dn[3]=p,ee-=jt[1]+jt[3],ye+=jt[3],q-=jt[2]+jt[0],Fe+=jt[0]}function kc(){let i=ye+ee,c=Fe+q,f=ye,p=Fe;function b($,T){switch($){case 1:return i+=T,i-T;case 2:return c+=T,c-T;case 3:return f-=T,f+T;case 0:return p-=T,p+T}}D.forEach(($,T)=>{if($.show&&$._show){let P=$.side;$._pos=b(P,$._size),$.label!=null&&($._lpos=b(P,$.labelSize))}})}if(W.dataIdx==null){let i=W.hover,c=i.skip=new Set(i.skip??[]);c.add(void 0);let f=i.prox=le(i.prox),p=i.bias??(i.bias=0);W.dataIdx=(b,$,T,P)=>{if($==0)return T;let L=T,F=f(b,$,T,P)??_e,z=F>=0&&F<_e,U=C.ori==0?ee:q,X=W.left,fe=t[0],ae=t[$];if(c.has(ae[T])){L=null;let oe=null,Y=null,V;if(p==0||p==-1)for(V=T;oe==null&&V-- >0;)c.has(ae[V])||(oe=V);if(p==0||p==1)for(V=T;Y==null&&V++<ae.length;)c.has(ae[V])||(Y=V);if(oe!=null||Y!=null)if(z){let ke=oe==null?-1/0:I(fe[oe],C,U,0),Pe=Y==null?1/0:I(fe[Y],C,U,0),Be=X-ke,ge=Pe-X;Be<=ge?Be<=F&&(L=oe):ge<=F&&(L=Y)}else L=Y==null?oe:oe==null?Y:T-oe<=Y-T?oe:Y}else z&&qe(X-I(fe[T],C,U,0))>F&&(L=null);return L}}let fn=i=>{W.event=i};W.idxs=he,W._lock=!1;let Je=W.points;Je.show=le(Je.show),Je.size=le(Je.size),Je.stroke=le(Je.stroke),Je.width=le(Je.width),Je.fill=le(Je.fill);let Rt=n.focus=Oe({},e.focus||{alpha:.3},W.focus),Ln=Rt.prox>=0,Rn=Ln&&Je.one,bt=[],Nn=[],On=[];function Qr(i,c){let f=Je.show(n,c);if(f instanceof HTMLElement)return dt(f,Ku),dt(f,i.class),qt(f,-10,-10,ee,q),v.insertBefore(f,bt[c]),f}function Zr(i,c){if(l==1||c>0){let f=l==1&&E[i.scale].time,p=i.value;i.value=f?ji(p)?ea(re,Xi(p,B)):p||ie:p||cd,i.label=i.label||(f?td:ed)}if(Rn||c>0){i.width=i.width==null?1:i.width,i.paths=i.paths||kd||pf,i.fillTo=le(i.fillTo||md),i.pxAlign=+ue(i.pxAlign,k),i.pxRound=ca(i.pxAlign),i.stroke=le(i.stroke||null),i.fill=le(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let f=ud(nt(1,i.width),1),p=i.points=Oe({},{size:f,width:nt(1,f*.2),stroke:i.stroke,space:f*2,paths:xd,_stroke:null,_fill:null},i.points);p.show=le(p.show),p.filter=le(p.filter),p.fill=le(p.fill),p.stroke=le(p.stroke),p.paths=le(p.paths),p.pxAlign=i.pxAlign}if(Ie){let f=Ao(i,c);Ae.splice(c,0,f[0]),Dt.splice(c,0,f[1]),ne.values.push(null)}if(Qe){he.splice(c,0,null);let f=null;Rn?c==0&&(f=Qr(i,c)):c>0&&(f=Qr(i,c)),bt.splice(c,0,f),Nn.splice(c,0,0),On.splice(c,0,0)}Ge("addSeries",c)}function xc(i,c){c=c??w.length,i=l==1?Ar(i,c,na,ia):Ar(i,c,{},sa),w.splice(c,0,i),Zr(w[c],c)}n.addSeries=xc;function Sc(i){if(w.splice(i,1),Ie){ne.values.splice(i,1),Dt.splice(i,1);let c=Ae.splice(i,1)[0];Pn(null,c.firstChild),c.remove()}Qe&&(he.splice(i,1),bt.splice(i,1)[0].remove(),Nn.splice(i,1),On.splice(i,1)),Ge("delSeries",i)}n.delSeries=Sc;let dn=[!1,!1,!1,!1];function Tc(i,c){if(i._show=i.show,i.show){let f=i.side%2,p=E[i.scale];p==null&&(i.scale=f?w[1].scale:S,p=E[i.scale]);let b=p.time;i.size=le(i.size),i.space=le(i.space),i.rotate=le(i.rotate),on(i.incrs)&&i.incrs.forEach(T=>{!ln.has(T)&&ln.set(T,wa(T))}),i.incrs=le(i.incrs||(p.distr==2?Nf:b?A==1?If:qf:vn)),i.splits=le(i.splits||(b&&p.distr==1?ot:p.distr==3?Sr:p.distr==4?ld:od)),i.stroke=le(i.stroke),i.grid.stroke=le(i.grid.stroke),i.ticks.stroke=le(i.ticks.stroke),i.border.stroke=le(i.border.stroke);let $=i.values;i.values=on($)&&!on($[0])?le($):b?on($)?Zi(re,Qi($,B)):ji($)?Wf(re,$):$||Te:$||nd,i.filter=le(i.filter||(p.distr>=3&&p.log==10?id:p.distr==3&&p.log==2?ad:va)),i.font=pa(i.font),i.labelFont=pa(i.labelFont),i._size=i.size(n,null,c,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(dn[c]=!0,i._el=wt(Vu,_))}}function io(i,c,f,p){let[b,$,T,P]=f,L=c%2,F=0;return L==0&&(P||$)&&(F=c==0&&!b||c==2&&!T?ze(ta.size/3):0),L==1&&(b||T)&&(F=c==1&&!$||c==3&&!P?ze(la.size/2):0),F}let Xr=n.padding=(e.padding||[io,io,io,io]).map(i=>le(ue(i,io))),jt=n._padding=Xr.map((i,c)=>i(n,c,dn,0)),Ke,Ue=null,He=null,Do=l==1?w[0].idxs:null,Tt=null,ao=!1;function es(i,c){if(t=i??[],n.data=n._data=t,l==2){Ke=0;for(let f=1;f<w.length;f++)Ke+=t[f][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Tt=t[0],Ke=Tt.length;let f=t;if(H==2){f=t.slice();let p=f[0]=Array(Ke);for(let b=0;b<Ke;b++)p[b]=b}n._data=t=f}if(Fn(!0),Ge("setData"),H==2&&(Dn=!0),c!==!1){let f=C;f.auto(n,ao)?wl():Yt(S,f.min,f.max),un=un||W.left>=0,_t=!0,zn()}}n.setData=es;function wl(){ao=!0;let i,c;l==1&&(Ke>0?(Ue=Do[0]=0,He=Do[1]=Ke-1,i=t[0][Ue],c=t[0][He],H==2?(i=Ue,c=He):i==c&&(H==3?[i,c]=fl(i,i,C.log,!1):H==4?[i,c]=Lr(i,i,C.log,!1):C.time?c=i+ze(86400/A):[i,c]=al(i,c,Rr,!0))):(Ue=Do[0]=i=null,He=Do[1]=c=null)),Yt(S,i,c)}let Lo,In,kl,xl,Sl,Tl,El,Cl,Al,rt;function ts(i,c,f,p,b,$){i??(i=Pi),f??(f=Or),p??(p="butt"),b??(b=Pi),$??($="round"),i!=Lo&&(m.strokeStyle=Lo=i),b!=In&&(m.fillStyle=In=b),c!=kl&&(m.lineWidth=kl=c),$!=Sl&&(m.lineJoin=Sl=$),p!=Tl&&(m.lineCap=Tl=p),f!=xl&&m.setLineDash(xl=f)}function ns(i,c,f,p){c!=In&&(m.fillStyle=In=c),i!=El&&(m.font=El=i),f!=Cl&&(m.textAlign=Cl=f),p!=Al&&(m.textBaseline=Al=p)}function Pl(i,c,f,p,b=0){if(p.length>0&&i.auto(n,ao)&&(c==null||c.min==null)){let $=ue(Ue,0),T=ue(He,p.length-1),P=f.min==null?sf(p,$,T,b,i.distr==3):[f.min,f.max];i.min=Mt(i.min,f.min=P[0]),i.max=nt(i.max,f.max=P[1])}}let os={min:null,max:null};function Ec(){for(let p in E){let b=E[p];j[p]==null&&(b.min==null||j[S]!=null&&b.auto(n,ao))&&(j[p]=os)}for(let p in E){let b=E[p];j[p]==null&&b.from!=null&&j[b.from]!=null&&(j[p]=os)}j[S]!=null&&Fn(!0);let i={};for(let p in j){let b=j[p];if(b!=null){let $=i[p]=to(E[p],gf);if(b.min!=null)Oe($,b);else if(p!=S||l==2)if(Ke==0&&$.from==null){let T=$.range(n,null,null,p);$.min=T[0],$.max=T[1]}else $.min=_e,$.max=-_e}}if(Ke>0){w.forEach((p,b)=>{if(l==1){let $=p.scale,T=j[$];if(T==null)return;let P=i[$];if(b==0){let L=P.range(n,P.min,P.max,$);P.min=L[0],P.max=L[1],Ue=Pt(P.min,t[0]),He=Pt(P.max,t[0]),He-Ue>1&&(t[0][Ue]<P.min&&Ue++,t[0][He]>P.max&&He--),p.min=Tt[Ue],p.max=Tt[He]}else p.show&&p.auto&&Pl(P,T,p,t[b],p.sorted);p.idxs[0]=Ue,p.idxs[1]=He}else if(b>0&&p.show&&p.auto){let[$,T]=p.facets,P=$.scale,L=T.scale,[F,z]=t[b],U=i[P],X=i[L];U!=null&&Pl(U,j[P],$,F,$.sorted),X!=null&&Pl(X,j[L],T,z,T.sorted),p.min=T.min,p.max=T.max}});for(let p in i){let b=i[p],$=j[p];if(b.from==null&&($==null||$.min==null)){let T=b.range(n,b.min==_e?null:b.min,b.max==-_e?null:b.max,p);b.min=T[0],b.max=T[1]}}}for(let p in i){let b=i[p];if(b.from!=null){let $=i[b.from];if($.min==null)b.min=b.max=null;else{let T=b.range(n,$.min,$.max,p);b.min=T[0],b.max=T[1]}}}let c={},f=!1;for(let p in i){let b=i[p],$=E[p];if($.min!=b.min||$.max!=b.max){$.min=b.min,$.max=b.max;let T=$.distr;$._min=T==3?Vt($.min):T==4?gr($.min,$.asinh):T==100?$.fwd($.min):$.min,$._max=T==3?Vt($.max):T==4?gr($.max,$.asinh):T==100?$.fwd($.max):$.max,c[p]=f=!0}}if(f){w.forEach((p,b)=>{l==2?b>0&&c.y&&(p._paths=null):c[p.scale]&&(p._paths=null)});for(let p in c)Dn=!0,Ge("setScale",p);Qe&&W.left>=0&&(un=_t=!0)}for(let p in j)j[p]=null}function Cc(i){let c=xr(Ue-1,0,Ke-1),f=xr(He+1,0,Ke-1);for(;i[c]==null&&c>0;)c--;for(;i[f]==null&&f<Ke-1;)f++;return[c,f]}function Ac(){if(Ke>0){let i=w.some(c=>c._focus)&&rt!=Rt.alpha;i&&(m.globalAlpha=rt=Rt.alpha),w.forEach((c,f)=>{if(f>0&&c.show&&(ls(f,!1),ls(f,!0),c._paths==null)){let p=rt;rt!=c.alpha&&(m.globalAlpha=rt=c.alpha);let b=l==2?[0,t[f][0].length-1]:Cc(t[f]);c._paths=c.paths(n,f,b[0],b[1]),rt!=p&&(m.globalAlpha=rt=p)}}),w.forEach((c,f)=>{if(f>0&&c.show){let p=rt;rt!=c.alpha&&(m.globalAlpha=rt=c.alpha),c._paths!=null&&rs(f,!1);{let b=c._paths!=null?c._paths.gaps:null,$=c.points.show(n,f,Ue,He,b),T=c.points.filter(n,f,$,b);($||T)&&(c.points._paths=c.points.paths(n,f,Ue,He,T),rs(f,!0))}rt!=p&&(m.globalAlpha=rt=p),Ge("drawSeries",f)}}),i&&(m.globalAlpha=rt=1)}}function ls(i,c){let f=c?w[i].points:w[i];f._stroke=f.stroke(n,i),f._fill=f.fill(n,i)}function rs(i,c){let f=c?w[i].points:w[i],{stroke:p,fill:b,clip:$,flags:T,_stroke:P=f._stroke,_fill:L=f._fill,_width:F=f.width}=f._paths;F=be(F*de,3);let z=null,U=F%2/2;c&&L==null&&(L=F>0?"#fff":P);let X=f.pxAlign==1&&U>0;if(X&&m.translate(U,U),!c){let fe=it-F/2,ae=gt-F/2,oe=lt+F,Y=St+F;z=new Path2D,z.rect(fe,ae,oe,Y)}c?Ml(P,F,f.dash,f.cap,L,p,b,T,$):Pc(i,P,F,f.dash,f.cap,L,p,b,T,z,$),X&&m.translate(-U,-U)}function Pc(i,c,f,p,b,$,T,P,L,F,z){let U=!1;L!=0&&N.forEach((X,fe)=>{if(X.series[0]==i){let ae=w[X.series[1]],oe=t[X.series[1]],Y=(ae._paths||Eo).band;on(Y)&&(Y=X.dir==1?Y[0]:Y[1]);let V,ke=null;ae.show&&Y&&cf(oe,Ue,He)?(ke=X.fill(n,fe)||$,V=ae._paths.clip):Y=null,Ml(c,f,p,b,ke,T,P,L,F,z,V,Y),U=!0}}),U||Ml(c,f,p,b,$,T,P,L,F,z)}let ss=no|Er;function Ml(i,c,f,p,b,$,T,P,L,F,z,U){ts(i,c,f,p,b),(L||F||U)&&(m.save(),L&&m.clip(L),F&&m.clip(F)),U?(P&ss)==ss?(m.clip(U),z&&m.clip(z),No(b,T),Ro(i,$,c)):P&Er?(No(b,T),m.clip(U),Ro(i,$,c)):P&no&&(m.save(),m.clip(U),z&&m.clip(z),No(b,T),m.restore(),Ro(i,$,c)):(No(b,T),Ro(i,$,c)),(L||F||U)&&m.restore()}function Ro(i,c,f){f>0&&(c instanceof Map?c.forEach((p,b)=>{m.strokeStyle=Lo=b,m.stroke(p)}):c!=null&&i&&m.stroke(c))}function No(i,c){c instanceof Map?c.forEach((f,p)=>{m.fillStyle=In=p,m.fill(f)}):c!=null&&i&&m.fill(c)}function Mc(i,c,f,p){let b=D[i],$;if(p<=0)$=[0,0];else{let T=b._space=b.space(n,i,c,f,p),P=b._incrs=b.incrs(n,i,c,f,p,T);$=Pd(c,f,P,p,T)}return b._found=$}function Dl(i,c,f,p,b,$,T,P,L,F){let z=T%2/2;k==1&&m.translate(z,z),ts(P,T,L,F,P),m.beginPath();let U,X,fe,ae,oe=b+(p==0||p==3?-$:$);f==0?(X=b,ae=oe):(U=b,fe=oe);for(let Y=0;Y<i.length;Y++)c[Y]!=null&&(f==0?U=fe=i[Y]:X=ae=i[Y],m.moveTo(U,X),m.lineTo(fe,ae));m.stroke(),k==1&&m.translate(-z,-z)}function Dc(i){let c=!0;return D.forEach((f,p)=>{if(!f.show)return;let b=E[f.scale];if(b.min==null){f._show&&(c=!1,f._show=!1,Fn(!1));return}else f._show||(c=!1,f._show=!0,Fn(!1));let $=f.side,T=$%2,{min:P,max:L}=b,[F,z]=Mc(p,P,L,T==0?ee:q);if(z==0)return;let U=b.distr==2,X=f._splits=f.splits(n,p,P,L,F,z,U),fe=b.distr==2?X.map(V=>Tt[V]):X,ae=b.distr==2?Tt[X[1]]-Tt[X[0]]:F,oe=f._values=f.values(n,f.filter(n,fe,p,z,ae),p,z,ae);f._rotate=$==2?f.rotate(n,oe,p,z):0;let Y=f._size;f._size=kt(f.size(n,oe,p,i)),Y!=null&&f._size!=Y&&(c=!1)}),c}function Lc(i){let c=!0;return Xr.forEach((f,p)=>{let b=f(n,p,dn,i);b!=jt[p]&&(c=!1),jt[p]=b}),c}function Rc(){for(let i=0;i<D.length;i++){let c=D[i];if(!c.show||!c._show)continue;let f=c.side,p=f%2,b,$,T=c.stroke(n,i),P=f==0||f==3?-1:1,[L,F]=c._found;if(c.label!=null){let et=c.labelGap*P,ut=ze((c._lpos+et)*de);ns(c.labelFont[0],T,"center",f==2?"top":Ai),m.save(),p==1?(b=$=0,m.translate(ut,ze(gt+St/2)),m.rotate((f==3?-sl:sl)/2)):(b=ze(it+lt/2),$=ut);let hn=ba(c.label)?c.label(n,i,L,F):c.label;m.fillText(hn,b,$),m.restore()}if(F==0)continue;let z=E[c.scale],U=p==0?lt:St,X=p==0?it:gt,fe=c._splits,ae=z.distr==2?fe.map(et=>Tt[et]):fe,oe=z.distr==2?Tt[fe[1]]-Tt[fe[0]]:L,Y=c.ticks,V=c.border,ke=Y.show?Y.size:0,Pe=ze(ke*de),Be=ze((c.alignTo==2?c._size-ke-c.gap:c.gap)*de),ge=c._rotate*-sl/180,Me=x(c._pos*de),at=(Pe+Be)*P,Xe=Me+at;$=p==0?Xe:0,b=p==1?Xe:0;let yt=c.font[0],Et=c.align==1?Jn:c.align==2?pr:ge>0?Jn:ge<0?pr:p==0?"center":f==3?pr:Jn,It=ge||p==1?"middle":f==2?"top":Ai;ns(yt,T,Et,It);let ct=c.font[1]*c.lineGap,vt=fe.map(et=>x(a(et,z,U,X))),Ct=c._values;for(let et=0;et<Ct.length;et++){let ut=Ct[et];if(ut!=null){p==0?b=vt[et]:$=vt[et],ut=""+ut;let hn=ut.indexOf(`
`)==-1?[ut]:ut.split(/\n/gm);for(let tt=0;tt<hn.length;tt++){let Ss=hn[tt];ge?(m.save(),m.translate(b,$+tt*ct),m.rotate(ge),m.fillText(Ss,0,0),m.restore()):m.fillText(Ss,b,$+tt*ct)}}}Y.show&&Dl(vt,Y.filter(n,ae,i,F,oe),p,f,Me,Pe,be(Y.width*de,3),Y.stroke(n,i),Y.dash,Y.cap);let Ft=c.grid;Ft.show&&Dl(vt,Ft.filter(n,ae,i,F,oe),p,p==0?2:1,p==0?gt:it,p==0?St:lt,be(Ft.width*de,3),Ft.stroke(n,i),Ft.dash,Ft.cap),V.show&&Dl([Me],[1],p==0?1:0,p==0?1:2,p==1?gt:it,p==1?St:lt,be(V.width*de,3),V.stroke(n,i),V.dash,V.cap)}Ge("drawAxes")}function Fn(i){w.forEach((c,f)=>{f>0&&(c._paths=null,i&&(l==1?(c.min=null,c.max=null):c.facets.forEach(p=>{p.min=null,p.max=null})))})}let Oo=!1,Ll=!1,co=[];function Nc(){Ll=!1;for(let i=0;i<co.length;i++)Ge(...co[i]);co.length=0}function zn(){Oo||(kf(is),Oo=!0)}function Oc(i,c=!1){Oo=!0,Ll=c,i(n),is(),c&&co.length>0&&queueMicrotask(Nc)}n.batch=Oc;function is(){if(vl&&(Ec(),vl=!1),Dn&&(vc(),Dn=!1),Po){if(Se(g,Jn,ye),Se(g,"top",Fe),Se(g,ko,ee),Se(g,xo,q),Se(v,Jn,ye),Se(v,"top",Fe),Se(v,ko,ee),Se(v,xo,q),Se(_,ko,Ht),Se(_,xo,sn),h.width=ze(Ht*de),h.height=ze(sn*de),D.forEach(({_el:i,_show:c,_size:f,_pos:p,side:b})=>{if(i!=null)if(c){let $=b===3||b===0?f:0,T=b%2==1;Se(i,T?"left":"top",p-$),Se(i,T?"width":"height",f),Se(i,T?"top":"left",T?Fe:ye),Se(i,T?"height":"width",T?q:ee),wr(i,$n)}else dt(i,$n)}),Lo=In=kl=Sl=Tl=El=Cl=Al=xl=null,rt=1,po(!0),ye!=Mn||Fe!=an||ee!=Lt||q!=cn){Fn(!1);let i=ee/Lt,c=q/cn;if(Qe&&!un&&W.left>=0){W.left*=i,W.top*=c,qn&&qt(qn,ze(W.left),0,ee,q),Un&&qt(Un,0,ze(W.top),ee,q);for(let f=0;f<bt.length;f++){let p=bt[f];p!=null&&(Nn[f]*=i,On[f]*=c,qt(p,kt(Nn[f]),kt(On[f]),ee,q))}}if(we.show&&!Mo&&we.left>=0&&we.width>0){we.left*=i,we.width*=i,we.top*=c,we.height*=c;for(let f in zl)Se(Vn,f,we[f])}Mn=ye,an=Fe,Lt=ee,cn=q}Ge("setSize"),Po=!1}Ht>0&&sn>0&&(m.clearRect(0,0,h.width,h.height),Ge("drawClear"),O.forEach(i=>i()),Ge("draw")),we.show&&Mo&&(Io(we),Mo=!1),Qe&&un&&(mn(null,!0,!1),un=!1),ne.show&&ne.live&&_t&&(Il(),_t=!1),u||(u=!0,n.status=1,Ge("ready")),ao=!1,Oo=!1}n.redraw=(i,c)=>{Dn=c||!1,i!==!1?Yt(S,C.min,C.max):zn()};function Rl(i,c){let f=E[i];if(f.from==null){if(Ke==0){let p=f.range(n,c.min,c.max,i);c.min=p[0],c.max=p[1]}if(c.min>c.max){let p=c.min;c.min=c.max,c.max=p}if(Ke>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;i==S&&f.distr==2&&Ke>0&&(c.min=Pt(c.min,t[0]),c.max=Pt(c.max,t[0]),c.min==c.max&&c.max++),j[i]=c,vl=!0,zn()}}n.setScale=Rl;let Nl,Ol,qn,Un,as,cs,Hn,Wn,us,fs,$e,Ce,Kt=!1,Ye=W.drag,We=Ye.x,Ve=Ye.y;Qe&&(W.x&&(Nl=wt(Bu,v)),W.y&&(Ol=wt(ju,v)),C.ori==0?(qn=Nl,Un=Ol):(qn=Ol,Un=Nl),$e=W.left,Ce=W.top);let we=n.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Vn=we.show?wt(Gu,we.over?v:g):null;function Io(i,c){if(we.show){for(let f in i)we[f]=i[f],f in zl&&Se(Vn,f,i[f]);c!==!1&&Ge("setSelect")}}n.setSelect=Io;function Ic(i){if(w[i].show)Ie&&wr(Ae[i],$n);else if(Ie&&dt(Ae[i],$n),Qe){let f=Rn?bt[0]:bt[i];f!=null&&qt(f,-10,-10,ee,q)}}function Yt(i,c,f){Rl(i,{min:c,max:f})}function Nt(i,c,f,p){c.focus!=null&&Hc(i),c.show!=null&&w.forEach((b,$)=>{$>0&&(i==$||i==null)&&(b.show=c.show,Ic($),l==2?(Yt(b.facets[0].scale,null,null),Yt(b.facets[1].scale,null,null)):Yt(b.scale,null,null),zn())}),f!==!1&&Ge("setSeries",i,c),p&&mo("setSeries",n,i,c)}n.setSeries=Nt;function Fc(i,c){Oe(N[i],c)}function zc(i,c){i.fill=le(i.fill||null),i.dir=ue(i.dir,-1),c=c??N.length,N.splice(c,0,i)}function qc(i){i==null?N.length=0:N.splice(i,1)}n.addBand=zc,n.setBand=Fc,n.delBand=qc;function Uc(i,c){w[i].alpha=c,Qe&&bt[i]!=null&&(bt[i].style.opacity=c),Ie&&Ae[i]&&(Ae[i].style.opacity=c)}let Wt,Jt,pn,Gn={focus:!0};function Hc(i){if(i!=pn){let c=i==null,f=Rt.alpha!=1;w.forEach((p,b)=>{if(l==1||b>0){let $=c||b==0||b==i;p._focus=c?null:$,f&&Uc(b,$?1:Rt.alpha)}}),pn=i,f&&zn()}}Ie&&Ln&&Ze(Li,pe,i=>{W._lock||(fn(i),pn!=null&&Nt(null,Gn,!0,Le.setSeries))});function Ot(i,c,f){let p=E[c];f&&(i=i/de-(p.ori==1?Fe:ye));let b=ee;p.ori==1&&(b=q,i=b-i),p.dir==-1&&(i=b-i);let $=p._min,T=p._max,P=i/b,L=$+(T-$)*P,F=p.distr;return F==3?Xn(10,L):F==4?ff(L,p.asinh):F==100?p.bwd(L):L}function Wc(i,c){let f=Ot(i,S,c);return Pt(f,t[0],Ue,He)}n.valToIdx=i=>Pt(i,t[0]),n.posToIdx=Wc,n.posToVal=Ot,n.valToPos=(i,c,f)=>E[c].ori==0?r(i,E[c],f?lt:ee,f?it:0):s(i,E[c],f?St:q,f?gt:0),n.setCursor=(i,c,f)=>{$e=i.left,Ce=i.top,mn(null,c,f)};function ds(i,c){Se(Vn,Jn,we.left=i),Se(Vn,ko,we.width=c)}function ps(i,c){Se(Vn,"top",we.top=i),Se(Vn,xo,we.height=c)}let uo=C.ori==0?ds:ps,fo=C.ori==1?ds:ps;function Vc(){if(Ie&&ne.live)for(let i=l==2?1:0;i<w.length;i++){if(i==0&&ht)continue;let c=ne.values[i],f=0;for(let p in c)Dt[i][f++].firstChild.nodeValue=c[p]}}function Il(i,c){if(i!=null&&(i.idxs?i.idxs.forEach((f,p)=>{he[p]=f}):hf(i.idx)||he.fill(i.idx),ne.idx=he[0]),Ie&&ne.live){for(let f=0;f<w.length;f++)(f>0||l==1&&!ht)&&Gc(f,he[f]);Vc()}_t=!1,c!==!1&&Ge("setLegend")}n.setLegend=Il;function Gc(i,c){let f=w[i],p=i==0&&H==2?Tt:t[i],b;ht?b=f.values(n,i,c)??Bt:(b=f.value(n,c==null?null:p[c],i,c),b=b==null?Bt:{_:b}),ne.values[i]=b}function mn(i,c,f){us=$e,fs=Ce,[$e,Ce]=W.move(n,$e,Ce),W.left=$e,W.top=Ce,Qe&&(qn&&qt(qn,ze($e),0,ee,q),Un&&qt(Un,0,ze(Ce),ee,q));let p,b=Ue>He;Wt=_e,Jt=null;let $=C.ori==0?ee:q,T=C.ori==1?ee:q;if($e<0||Ke==0||b){p=W.idx=null;for(let P=0;P<w.length;P++){let L=bt[P];L!=null&&qt(L,-10,-10,ee,q)}Ln&&Nt(null,Gn,!0,i==null&&Le.setSeries),ne.live&&(he.fill(p),_t=!0)}else{let P,L,F;l==1&&(P=C.ori==0?$e:Ce,L=Ot(P,S),p=W.idx=Pt(L,t[0],Ue,He),F=I(t[0][p],C,$,0));let z=-10,U=-10,X=0,fe=0,ae=!0,oe="",Y="";for(let V=l==2?1:0;V<w.length;V++){let ke=w[V],Pe=he[V],Be=Pe==null?null:l==1?t[V][Pe]:t[V][1][Pe],ge=W.dataIdx(n,V,p,L),Me=ge==null?null:l==1?t[V][ge]:t[V][1][ge];if(_t=_t||Me!=Be||ge!=Pe,he[V]=ge,V>0&&ke.show){let at=ge==null?-10:ge==p?F:I(l==1?t[0][ge]:t[V][0][ge],C,$,0),Xe=Me==null?-10:Z(Me,l==1?E[ke.scale]:E[ke.facets[1].scale],T,0);if(Ln&&Me!=null){let yt=C.ori==1?$e:Ce,Et=qe(Rt.dist(n,V,ge,Xe,yt));if(Et<Wt){let It=Rt.bias;if(It!=0){let ct=Ot(yt,ke.scale),vt=Me>=0?1:-1,Ct=ct>=0?1:-1;Ct==vt&&(Ct==1?It==1?Me>=ct:Me<=ct:It==1?Me<=ct:Me>=ct)&&(Wt=Et,Jt=V)}else Wt=Et,Jt=V}}if(_t||Rn){let yt,Et;C.ori==0?(yt=at,Et=Xe):(yt=Xe,Et=at);let It,ct,vt,Ct,Ft,et,ut=!0,hn=Je.bbox;if(hn!=null){ut=!1;let tt=hn(n,V);vt=tt.left,Ct=tt.top,It=tt.width,ct=tt.height}else vt=yt,Ct=Et,It=ct=Je.size(n,V);if(et=Je.fill(n,V),Ft=Je.stroke(n,V),Rn)V==Jt&&Wt<=Rt.prox&&(z=vt,U=Ct,X=It,fe=ct,ae=ut,oe=et,Y=Ft);else{let tt=bt[V];tt!=null&&(Nn[V]=vt,On[V]=Ct,qi(tt,It,ct,ut),Fi(tt,et,Ft),qt(tt,kt(vt),kt(Ct),ee,q))}}}}if(Rn){let V=Rt.prox,ke=pn==null?Wt<=V:Wt>V||Jt!=pn;if(_t||ke){let Pe=bt[0];Pe!=null&&(Nn[0]=z,On[0]=U,qi(Pe,X,fe,ae),Fi(Pe,oe,Y),qt(Pe,kt(z),kt(U),ee,q))}}}if(we.show&&Kt)if(i!=null){let[P,L]=Le.scales,[F,z]=Le.match,[U,X]=i.cursor.sync.scales,fe=i.cursor.drag;if(We=fe._x,Ve=fe._y,We||Ve){let{left:ae,top:oe,width:Y,height:V}=i.select,ke=i.scales[U].ori,Pe=i.posToVal,Be,ge,Me,at,Xe,yt=P!=null&&F(P,U),Et=L!=null&&z(L,X);yt&&We?(ke==0?(Be=ae,ge=Y):(Be=oe,ge=V),Me=E[P],at=I(Pe(Be,U),Me,$,0),Xe=I(Pe(Be+ge,U),Me,$,0),uo(Mt(at,Xe),qe(Xe-at))):uo(0,$),Et&&Ve?(ke==1?(Be=ae,ge=Y):(Be=oe,ge=V),Me=E[L],at=Z(Pe(Be,X),Me,T,0),Xe=Z(Pe(Be+ge,X),Me,T,0),fo(Mt(at,Xe),qe(Xe-at))):fo(0,T)}else ql()}else{let P=qe(us-as),L=qe(fs-cs);if(C.ori==1){let X=P;P=L,L=X}We=Ye.x&&P>=Ye.dist,Ve=Ye.y&&L>=Ye.dist;let F=Ye.uni;F!=null?We&&Ve&&(We=P>=F,Ve=L>=F,!We&&!Ve&&(L>P?Ve=!0:We=!0)):Ye.x&&Ye.y&&(We||Ve)&&(We=Ve=!0);let z,U;We&&(C.ori==0?(z=Hn,U=$e):(z=Wn,U=Ce),uo(Mt(z,U),qe(U-z)),Ve||fo(0,T)),Ve&&(C.ori==1?(z=Hn,U=$e):(z=Wn,U=Ce),fo(Mt(z,U),qe(U-z)),We||uo(0,$)),!We&&!Ve&&(uo(0,0),fo(0,0))}if(Ye._x=We,Ye._y=Ve,i==null){if(f){if(xs!=null){let[P,L]=Le.scales;Le.values[0]=P!=null?Ot(C.ori==0?$e:Ce,P):null,Le.values[1]=L!=null?Ot(C.ori==1?$e:Ce,L):null}mo(mr,n,$e,Ce,ee,q,p)}if(Ln){let P=f&&Le.setSeries,L=Rt.prox;pn==null?Wt<=L&&Nt(Jt,Gn,!0,P):Wt>L?Nt(null,Gn,!0,P):Jt!=pn&&Nt(Jt,Gn,!0,P)}}_t&&(ne.idx=p,Il()),c!==!1&&Ge("setCursor")}let Qt=null;Object.defineProperty(n,"rect",{get(){return Qt==null&&po(!1),Qt}});function po(i=!1){i?Qt=null:(Qt=v.getBoundingClientRect(),Ge("syncRect",Qt))}function ms(i,c,f,p,b,$,T){W._lock||Kt&&i!=null&&i.movementX==0&&i.movementY==0||(Fl(i,c,f,p,b,$,T,!1,i!=null),i!=null?mn(null,!0,!0):mn(c,!0,!1))}function Fl(i,c,f,p,b,$,T,P,L){if(Qt==null&&po(!1),fn(i),i!=null)f=i.clientX-Qt.left,p=i.clientY-Qt.top;else{if(f<0||p<0){$e=-10,Ce=-10;return}let[F,z]=Le.scales,U=c.cursor.sync,[X,fe]=U.values,[ae,oe]=U.scales,[Y,V]=Le.match,ke=c.axes[0].side%2==1,Pe=C.ori==0?ee:q,Be=C.ori==1?ee:q,ge=ke?$:b,Me=ke?b:$,at=ke?p:f,Xe=ke?f:p;if(ae!=null?f=Y(F,ae)?a(X,E[F],Pe,0):-10:f=Pe*(at/ge),oe!=null?p=V(z,oe)?a(fe,E[z],Be,0):-10:p=Be*(Xe/Me),C.ori==1){let yt=f;f=p,p=yt}}L&&(c==null||c.cursor.event.type==mr)&&((f<=1||f>=ee-1)&&(f=yn(f,ee)),(p<=1||p>=q-1)&&(p=yn(p,q))),P?(as=f,cs=p,[Hn,Wn]=W.move(n,f,p)):($e=f,Ce=p)}let zl={width:0,height:0,left:0,top:0};function ql(){Io(zl,!1)}let hs,gs,_s,bs;function ys(i,c,f,p,b,$,T){Kt=!0,We=Ve=Ye._x=Ye._y=!1,Fl(i,c,f,p,b,$,T,!0,!1),i!=null&&(Ze(hr,vr,vs,!1),mo(Mi,n,Hn,Wn,ee,q,null));let{left:P,top:L,width:F,height:z}=we;hs=P,gs=L,_s=F,bs=z}function vs(i,c,f,p,b,$,T){Kt=Ye._x=Ye._y=!1,Fl(i,c,f,p,b,$,T,!1,!0);let{left:P,top:L,width:F,height:z}=we,U=F>0||z>0,X=hs!=P||gs!=L||_s!=F||bs!=z;if(U&&X&&Io(we),Ye.setScale&&U&&X){let fe=P,ae=F,oe=L,Y=z;if(C.ori==1&&(fe=L,ae=z,oe=P,Y=F),We&&Yt(S,Ot(fe,S),Ot(fe+ae,S)),Ve)for(let V in E){let ke=E[V];V!=S&&ke.from==null&&ke.min!=_e&&Yt(V,Ot(oe+Y,V),Ot(oe,V))}ql()}else W.lock&&(W._lock=!W._lock,mn(c,!0,i!=null));i!=null&&(Pn(hr,vr),mo(hr,n,$e,Ce,ee,q,null))}function Bc(i,c,f,p,b,$,T){if(W._lock)return;fn(i);let P=Kt;if(Kt){let L=!0,F=!0,z=10,U,X;C.ori==0?(U=We,X=Ve):(U=Ve,X=We),U&&X&&(L=$e<=z||$e>=ee-z,F=Ce<=z||Ce>=q-z),U&&L&&($e=$e<Hn?0:ee),X&&F&&(Ce=Ce<Wn?0:q),mn(null,!0,!0),Kt=!1}$e=-10,Ce=-10,he.fill(null),mn(null,!0,!0),P&&(Kt=P)}function $s(i,c,f,p,b,$,T){W._lock||(fn(i),wl(),ql(),i!=null&&mo(Ri,n,$e,Ce,ee,q,null))}function ws(){D.forEach(Md),$l(n.width,n.height,!0)}wn(il,Zn,ws);let Bn={};Bn.mousedown=ys,Bn.mousemove=ms,Bn.mouseup=vs,Bn.dblclick=$s,Bn.setSeries=(i,c,f,p)=>{let b=Le.match[2];f=b(n,c,f),f!=-1&&Nt(f,p,!0,!1)},Qe&&(Ze(Mi,v,ys),Ze(mr,v,ms),Ze(Di,v,i=>{fn(i),po(!1)}),Ze(Li,v,Bc),Ze(Ri,v,$s),Cr.add(n),n.syncRect=po);let Fo=n.hooks=e.hooks||{};function Ge(i,c,f){Ll?co.push([i,c,f]):i in Fo&&Fo[i].forEach(p=>{p.call(null,n,c,f)})}(e.plugins||[]).forEach(i=>{for(let c in i.hooks)Fo[c]=(Fo[c]||[]).concat(i.hooks[c])});let ks=(i,c,f)=>f,Le=Oe({key:null,setSeries:!1,filters:{pub:Gi,sub:Gi},scales:[S,w[1]?w[1].scale:null],match:[Bi,Bi,ks],values:[null,null]},W.sync);Le.match.length==2&&Le.match.push(ks),W.sync=Le;let xs=Le.key,Ul=Ha(xs);function mo(i,c,f,p,b,$,T){Le.filters.pub(i,c,f,p,b,$,T)&&Ul.pub(i,c,f,p,b,$,T)}Ul.sub(n);function jc(i,c,f,p,b,$,T){Le.filters.sub(i,c,f,p,b,$,T)&&Bn[i](null,c,f,p,b,$,T)}n.pub=jc;function Kc(){Ul.unsub(n),Cr.delete(n),rn.clear(),kr(il,Zn,ws),d.remove(),pe?.remove(),Ge("destroy")}n.destroy=Kc;function Hl(){Ge("init",e,t),es(t||e.data,!1),j[S]?Rl(S,j[S]):wl(),Mo=we.show&&(we.width>0||we.height>0),un=_t=!0,$l(e.width,e.height)}return w.forEach(Zr),D.forEach(Tc),o?o instanceof HTMLElement?(o.appendChild(d),Hl()):o(n,Hl):Hl(),n}je.assign=Oe;je.fmtNum=Nr;je.rangeNum=al;je.rangeLog=fl;je.rangeAsinh=Lr;je.orient=xn;je.pxRatio=de;je.join=wf;je.fmtDate=Ir,je.tzDate=Lf;je.sync=Ha;{je.addGap=hd,je.clipGaps=ml;let e=je.paths={points:Ka};e.linear=Ja,e.stepped=bd,e.bars=yd,e.spline=$d}var ec=Yo.bind(jo),bl=["#0072b2","#e69f00","#009e73","#cc79a7","#56b4e9","#d55e00","#7f7f7f"],tc=220;function Sn({caption:e,x:t,series:o,bars:n=!1,format:l=String}){let r=De(null),s=De(null);ce(()=>{let d=r.current;if(!d)return;let h=getComputedStyle(d).color||"#333",m=t.length<3||o.some(g=>g.values.some(v=>v==null)),_={width:Math.max(d.clientWidth,200),height:tc,cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0}},legend:{live:!0},axes:[{stroke:h,grid:{stroke:"rgba(128,128,128,0.15)"}},{stroke:h,grid:{stroke:"rgba(128,128,128,0.15)"},size:(g,v)=>v?Math.max(40,...v.map(k=>k.length*8+20)):50,values:(g,v)=>v.map(k=>l(k))}],series:[{},...o.map((g,v)=>({label:g.label,stroke:bl[v%bl.length],fill:n?bl[v%bl.length]+"99":void 0,width:n?1:2,points:{show:m,size:6},paths:n?je.paths.bars({size:[.6,40]}):void 0,value:(k,x)=>x==null?"–":l(x)}))]};return s.current=new je(_,[t,...o.map(g=>g.values)],d),()=>{s.current.destroy(),s.current=null}},[t,o,n,l]),ce(()=>{let d=r.current;if(!d||typeof ResizeObserver>"u")return;let h=new ResizeObserver(()=>{let m=Math.max(d.clientWidth,200);s.current&&s.current.width!==m&&s.current.setSize({width:m,height:tc})});return h.observe(d),()=>h.disconnect()},[]);let a=t.length-1,u=a>=0?new Date(t[a]*1e3).toLocaleString():"";return ec`
    <figure class="chart">
      <figcaption>${e}</figcaption>
      <div class="chart-plot" ref=${r} aria-hidden="true"></div>
      <div class="visually-hidden">
      <table>
        <caption>${e}: latest bucket (${u}) and the whole period</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Latest</th><th scope="col">Period</th></tr></thead>
        <tbody>
          ${o.map(d=>ec`<tr key=${d.label}>
              <th scope="row">${d.label}</th>
              <td>${a>=0&&d.values[a]!=null?l(d.values[a]):"–"}</td>
              <td>${d.total!=null?l(d.total):"–"}</td>
            </tr>`)}
        </tbody>
      </table>
      </div>
    </figure>
  `}var Tn=3600,En=[{value:"1h",label:"Last hour",seconds:Tn,granularity:"hour"},{value:"24h",label:"Last 24 hours",seconds:24*Tn,granularity:"hour"},{value:"7d",label:"Last 7 days",seconds:168*Tn,granularity:"hour"},{value:"30d",label:"Last 30 days",seconds:720*Tn,granularity:"day"}],nc=[{value:"provider",label:"Provider"},{value:"model",label:"Model"},{value:"key",label:"Key"},{value:"user",label:"User"}],Vr=6;function oc(e){return e?.role==="member"?"/v1/usage":"/admin/v1/usage"}function yl(e,t,o=Date.now()){let n=En.find(a=>a.value===e)||En[1],l=new Date(o),r=new Date(o-n.seconds*1e3),s=new URLSearchParams({granularity:n.granularity,from:r.toISOString(),to:l.toISOString()});return t&&s.set("group_by",t),s.toString()}function lc(e,t,o){let n=En.find(r=>r.value===e)||En[1],l=new Set(o.map(r=>Date.parse(r.start)/1e3));if(n.granularity==="hour"){let r=Math.floor(t/1e3);for(let s=Math.floor((r-n.seconds)/Tn)*Tn;s<r;s+=Tn)l.add(s)}return[...l].sort((r,s)=>r-s)}function Dd(e,t){switch(t){case"provider":return e.provider||"(none)";case"model":return e.model||"(none)";case"key":return e.key_prefix||e.key_id||"(no key)";case"user":return e.user||"(none)";default:return"All"}}function Gr(e,t,o,n,l=null){let r=new Map(e.map((m,_)=>[m,_])),s=new Map;for(let m of t){let _=Dd(m,o);s.has(_)||s.set(_,{label:_,values:new Array(e.length).fill(0),total:0});let g=s.get(_),v=r.get(Date.parse(m.start)/1e3),k=n(m.totals||{});v!==void 0&&(g.values[v]+=k),g.total+=k}let a=m=>{let _=l?l.indexOf(m.label):-1;return _<0?1/0:_},u=[...s.values()].sort((m,_)=>a(m)-a(_)||_.total-m.total||m.label.localeCompare(_.label));if(u.length<=Vr)return u;let d=u.slice(0,Vr-1),h={label:"other",values:new Array(e.length).fill(0),total:0};for(let m of u.slice(Vr-1))m.values.forEach((_,g)=>h.values[g]+=_),h.total+=m.total;return[...d,h]}function rc(e,t,o){let n=new Map(t.map(a=>[Date.parse(a.start)/1e3,a.totals||{}])),l=(a,u=0)=>e.map(d=>n.has(d)?a(n.get(d)):u),r=o||{},s=te(r.requests);return{tokens:[{label:"Prompt",values:l(a=>te(a.prompt_tokens)),total:te(r.prompt_tokens)},{label:"Completion",values:l(a=>te(a.completion_tokens)),total:te(r.completion_tokens)}],latency:[{label:"Mean",values:l(a=>te(a.requests)?te(a.latency_mean_ms):null,null),total:te(r.latency_mean_ms)},{label:"p95",values:l(a=>te(a.requests)?te(a.latency_p95_ms):null,null),total:te(r.latency_p95_ms)}],errorRate:[{label:"Errors",values:l(a=>te(a.requests)?100*te(a.errors)/te(a.requests):null,null),total:s?100*te(r.errors)/s:null}]}}function sc(e,t=10){let o=new Map;for(let n of e){let l=n.model||"(none)";o.has(l)||o.set(l,{model:l,requests:0,errors:0,prompt:0,completion:0,costNanos:0,latencySum:0,unpriced:0});let r=o.get(l),s=n.totals||{};r.requests+=te(s.requests),r.errors+=te(s.errors),r.prompt+=te(s.prompt_tokens),r.completion+=te(s.completion_tokens),r.costNanos+=te(s.cost_nanos),r.unpriced+=te(s.unpriced_requests),r.latencySum+=te(s.latency_mean_ms)*te(s.requests)}return[...o.values()].map(n=>({...n,latencyMean:n.requests?Math.round(n.latencySum/n.requests):0})).sort((n,l)=>l.requests-n.requests||l.costNanos-n.costNanos).slice(0,t)}async function ic(e,t,o,n){let l=oc(e),[r,s,a]=await Promise.all([J("GET",`${l}?${yl(t,"",n)}`),J("GET",`${l}?${yl(t,o,n)}`),o==="model"?null:J("GET",`${l}?${yl(t,"model",n)}`)]);return{overall:r,grouped:s,models:a||s,now:n}}async function ac(e,t,o){let n=await fetch(`${oc(e)}?${yl(t,o)}`,{headers:{accept:"text/csv"},credentials:"same-origin"});if(!n.ok){let a=`${n.status} ${n.statusText}`;try{let u=await n.json();a=u?.error?.message||u?.message||a}catch{}throw Object.assign(new Error(a),{status:n.status})}let l=await n.blob(),r=URL.createObjectURL(l),s=document.createElement("a");s.href=r,s.download=`usage-${t}-by-${o}-${new Date().toISOString().slice(0,10)}.csv`,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e3)}var Br=e=>`${$t(e)} ms`,cc=e=>`${Number(e).toFixed(Number(e)>=10||Number(e)===0?0:1)}%`,uc=e=>$t(e);function jr({me:e}){let[t,o]=M("24h"),[n,l]=M("model"),[r,s]=M(null),[a,u]=M(!0),[d,h]=M(null),[m,_]=M(!1),g=De(0),v=tn(async()=>{let w=++g.current;u(!0),h(null);try{let D=await ic(e,t,n,Date.now());w===g.current&&s(D)}catch(D){w===g.current&&h(D)}w===g.current&&u(!1)},[e,t,n]);ce(()=>{v()},[v]);let k=async()=>{_(!0),h(null);try{await ac(e,t,n)}catch(w){h(w)}_(!1)},x=Qo(()=>r?Ld(r,t,n):null,[r,t,n]),A=e?.role==="member";return y`
    <section class="page usage-page">
      <h1>Usage</h1>
      <p class="page-intro">${A?"Your own usage: every key and token of yours.":"Everyone’s usage."}</p>
      <form class="row usage-controls" onSubmit=${w=>{w.preventDefault(),v()}}>
        <div class="field">
          <label for="usage-period">Period</label>
          <select id="usage-period" value=${t} onChange=${w=>o(w.currentTarget.value)}>
            ${En.map(w=>y`<option value=${w.value}>${w.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="usage-group">Group by</label>
          <select id="usage-group" value=${n} onChange=${w=>l(w.currentTarget.value)}>
            ${nc.map(w=>y`<option value=${w.value}>${w.label}</option>`)}
          </select>
        </div>
        <div class="row-buttons">
          <button type="submit" disabled=${a}>Refresh</button>
          <button type="button" onClick=${k} disabled=${m}>Export CSV</button>
        </div>
      </form>
      <p class="hint">${En.find(w=>w.value===t)?.granularity==="day"?"One point a day (days in the gateway’s time zone).":"One point an hour (UTC hours)."}</p>
      ${a&&y`<${xe} />`}
      <${se} error=${d} />
      ${x&&y`<${Rd} view=${x} />`}
    </section>
  `}function Ld(e,t,o){let n=e.overall.buckets||[],l=e.grouped.buckets||[],r=lc(t,e.now,[...n,...l]),s=e.overall.totals||{},a=Gr(r,l,o,d=>te(d.requests)),u=a.map(d=>d.label);return{x:r,totals:s,empty:te(s.requests)===0,requests:a,cost:Gr(r,l,o,d=>te(d.cost_nanos)/1e9,u),...rc(r,n,s),models:sc(e.models.buckets||[])}}function Rd({view:e}){if(e.empty)return y`<p class="empty">No traffic in this period. Requests through the gateway show up here within a second.</p>`;let t=e.totals,o=te(t.requests)?100*te(t.errors)/te(t.requests):0;return y`
    <dl class="totals" aria-label="Totals">
      <div><dt>Requests</dt><dd>${$t(t.requests)}</dd></div>
      <div><dt>Tokens</dt><dd>${$t(te(t.prompt_tokens)+te(t.completion_tokens))}</dd></div>
      <div><dt>Cost</dt><dd>${bn(t.cost_usd)}${te(t.unpriced_requests)?y`<small> + ${$t(t.unpriced_requests)} unpriced</small>`:""}</dd></div>
      <div><dt>Error rate</dt><dd>${cc(o)}</dd></div>
      <div><dt>Latency p95</dt><dd>${Br(t.latency_p95_ms)}</dd></div>
    </dl>
    <div class="charts">
      <${Sn} caption="Requests" x=${e.x} series=${e.requests} bars=${e.requests.length===1}
        format=${uc} />
      <${Sn} caption="Tokens" x=${e.x} series=${e.tokens} format=${uc} />
      <${Sn} caption="Cost (USD)" x=${e.x} series=${e.cost} format=${bn} />
      <${Sn} caption="Latency (ms)" x=${e.x} series=${e.latency} format=${Br} />
      <${Sn} caption="Error rate" x=${e.x} series=${e.errorRate} format=${cc} />
    </div>
    <h2 id="top-models">Top models</h2>
    <${Yn} label="Top models">
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
          ${e.models.map(n=>y`<tr key=${n.model}>
              <th scope="row">${n.model}</th>
              <td class="num">${$t(n.requests)}</td>
              <td class="num">${$t(n.prompt)}</td>
              <td class="num">${$t(n.completion)}</td>
              <td class="num">${n.unpriced===n.requests?"no price":bn(n.costNanos/1e9)}</td>
              <td class="num">${$t(n.errors)}</td>
              <td class="num">${Br(n.latencyMean)}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function fc(e,t=""){let o=new URLSearchParams({page_size:String(50)});return e.actor&&o.set("actor",e.actor),e.action&&o.set("action",e.action),e.from&&o.set("start_time",new Date(e.from).toISOString()),e.to&&o.set("end_time",new Date(e.to).toISOString()),t&&o.set("page_token",t),o.toString()}function Kr({me:e}){return e?.role!=="admin"?y`<section class="page audit-page">
      <h1>Audit</h1>
      <p class="empty">The audit log is for admins only.</p>
    </section>`:y`<${Nd} />`}function Nd(){let[e,t]=M({actor:"",action:"",from:"",to:""}),[o,n]=M(null),[l,r]=M(""),[s,a]=M(!0),[u,d]=M(null),h=De(0),m=tn(async(g="")=>{let v=++h.current;a(!0),d(null);try{let k=await J("GET","/admin/v1/audit?"+fc(e,g));if(v!==h.current)return;n(x=>g?[...x||[],...k.entries||[]]:k.entries||[]),r(k.next_page_token||"")}catch(k){if(v!==h.current)return;d(k),g||n(null)}a(!1)},[e]);return ce(()=>{m()},[m]),y`
    <section class="page audit-page">
      <h1>Audit</h1>
      <p class="page-intro">Every change made through the gateway, newest first. Each entry’s hash chains it to the one
        before, so an edited or removed entry shows when the chain is verified.</p>
      <${Id} />
      <form class="row audit-filters" onSubmit=${g=>{g.preventDefault();let v=new FormData(g.currentTarget);t({actor:String(v.get("actor")||"").trim(),action:String(v.get("action")||"").trim(),from:String(v.get("from")||""),to:String(v.get("to")||"")})}}>
        <div class="field">
          <label for="audit-actor">Actor</label>
          <input id="audit-actor" name="actor" autocomplete="off" placeholder="admin" value=${e.actor} />
        </div>
        <div class="field">
          <label for="audit-action">Action</label>
          <input id="audit-action" name="action" autocomplete="off" placeholder="key.create" list="audit-actions"
            value=${e.action} />
          <datalist id="audit-actions">
            ${Od.map(g=>y`<option value=${g}></option>`)}
          </datalist>
        </div>
        <div class="field">
          <label for="audit-from">From</label>
          <input id="audit-from" name="from" type="datetime-local" value=${e.from} />
        </div>
        <div class="field">
          <label for="audit-to">To</label>
          <input id="audit-to" name="to" type="datetime-local" value=${e.to} />
        </div>
        <div class="row-buttons">
          <button type="submit">Filter</button>
          <button type="button" onClick=${()=>t({actor:"",action:"",from:"",to:""})}>Clear</button>
        </div>
      </form>
      <${se} error=${u} />
      ${o===null?!u&&y`<${xe} />`:o.length===0?y`<p class="empty">No entries match.</p>`:y`<${Fd} entries=${o} />`}
      ${o!==null&&s&&y`<${xe} />`}
      ${l&&!s&&y`<button type="button" class="more" onClick=${()=>m(l)}>Load more</button>`}
    </section>
  `}var Od=["provider.create","provider.update","provider.delete","alias.create","alias.update","alias.delete","key.create","key.revoke","key.rotate","user.create","user.update","user.delete","limits.set","limits.delete","price.set","price.delete","token.issue","auth.failure"];function Id(){let[e,t]=M({busy:!1,text:"",ok:null}),[o,n]=M(null);return y`
    <div class="verify">
      <button type="button" onClick=${async()=>{t({busy:!0,text:"Verifying…",ok:null}),n(null);try{let r=await J("POST","/admin/v1/audit:verify",{}),s=Number(r.entries_checked||0);t(r.ok?{busy:!1,ok:!0,text:`Chain verified: ${s} ${s===1?"entry":"entries"} checked.`}:{busy:!1,ok:!1,text:`Chain broken at entry ${r.first_broken_seq}: ${r.reason||"hash mismatch"}`})}catch(r){t({busy:!1,text:"",ok:null}),n(r)}}} disabled=${e.busy}>Verify chain</button>
      <p role="status" class=${e.ok===!0?"verified":e.ok===!1?"broken":""}>${e.text}</p>
      <${se} error=${o} />
    </div>
  `}function Fd({entries:e}){return y`
    <${Yn} label="Audit entries">
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
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          ${e.map(t=>y`<tr key=${t.seq}>
              <td class="num">${t.seq}</td>
              <td><${vo} ts=${t.time} /></td>
              <td>${t.actor}<div class="sub">${t.credential}</div></td>
              <td><code>${t.action}</code></td>
              <td class="wrap">${t.resource}</td>
              <td><span class=${"badge "+(t.outcome==="ok"?"ok":"bad")}>${t.outcome}</span></td>
              <td class="wrap">${zd(t.changes)}</td>
              <td>${t.source_address}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function zd(e){let t=Object.entries(e||{});return t.length?y`<ul class="changes">
    ${t.map(([o,n])=>y`<li key=${o}><span class="change-key">${o}</span>: ${n}</li>`)}
  </ul>`:""}function dc(e,{system:t,message:o,temperature:n,maxTokens:l}){let r=[];t.trim()&&r.push({role:"system",content:t}),r.push({role:"user",content:o});let s={model:e,messages:r,stream:!0,stream_options:{include_usage:!0}};return n!==""&&(s.temperature=Number(n)),l!==""&&(s.max_tokens=Number(l)),s}async function pc(e,t,o){let n=performance.now(),l="",r=!0;o({state:"streaming",text:"",error:null,ttftMs:null,usage:null});let s=u=>{let d=u.headers;o({provider:d.get("x-switchboard-provider")||"",upstreamModel:d.get("x-switchboard-model")||"",alias:d.get("x-switchboard-alias")||"",attempts:d.get("x-switchboard-attempts")||""})},a=u=>{if(!u||typeof u!="object")return;let d={};u.model&&(d.chunkModel=u.model),u.usage&&(d.usage=u.usage);let h=(u.choices||[]).map(m=>m.delta&&m.delta.content||"").join("");h&&(r&&(d.ttftMs=Math.round(performance.now()-n),r=!1),l+=h,d.text=l),o(d)};try{await li("/v1/chat/completions",e,a,t,s),o({state:"done",totalMs:Math.round(performance.now()-n)})}catch(u){u.name==="AbortError"?o({state:"stopped",totalMs:Math.round(performance.now()-n)}):o({state:"error",error:u})}}function mc(e,t,o,n){if(!e||!n||!o)return null;let l=o.includes("/")?o.slice(o.indexOf("/")+1):o,r=e.find(u=>u.provider===t&&u.model===l)||e.find(u=>u.provider==="*"&&u.model===l);if(!r||r.input===void 0||r.output===void 0)return null;let s=n.prompt_tokens||0,a=n.completion_tokens||0;return(s*Number(r.input)+a*Number(r.output))/1e6}function hc({label:e,run:t,prices:o}){let n=t.usage,l=t.upstreamModel||t.chunkModel,r=n?mc(o,t.provider,l,n):null;return y`<div class="answer-panel">
    <div role="log" aria-label=${e} aria-busy=${t.state==="streaming"} class="answer">${t.text}</div>
    <${se} error=${t.error} />
    ${t.state&&y`<p class="stats">
      <span>${t.state==="streaming"?"Streaming…":t.state==="stopped"?"Stopped":t.state==="error"?"Failed":"Done"}</span>
      ${t.ttftMs!==null&&t.ttftMs!==void 0&&y`<span>TTFT ${t.ttftMs} ms</span>`}
      ${t.totalMs!==void 0&&y`<span>total ${t.totalMs} ms</span>`}
      ${n&&y`<span>${n.total_tokens??(n.prompt_tokens||0)+(n.completion_tokens||0)} tokens
        (${n.prompt_tokens||0} in, ${n.completion_tokens||0} out)</span>`}
      ${n&&y`<span>${r===null?"cost unknown (no price)":`cost ≈ $${r.toFixed(6)}`}</span>`}
      ${(t.provider||l)&&y`<span>served by ${t.provider?`${t.provider}/`:""}${l}</span>`}
      ${t.alias&&y`<span>via alias ${t.alias}</span>`}
      ${t.attempts&&t.attempts!=="1"&&y`<span>${t.attempts} attempts</span>`}
    </p>`}
  </div>`}var qd=4;function gc({label:e,value:t,models:o,onChange:n}){return y`<${Q} label=${e}>
    <select value=${t} onChange=${l=>n(l.currentTarget.value)}>
      ${o.map(l=>y`<option value=${l.id}>${l.id}${l.alias?" (alias)":""}</option>`)}
    </select>
  <//>`}function Yr(){let[e,t]=M(null),[o,n]=M(null),[l,r]=M(null),[s,a]=M(!1),[u,d]=M(["",""]),[h,m]=M({system:"",message:"",temperature:"",maxTokens:""}),[_,g]=M([]),[v,k]=M(!1),x=De(null);ce(()=>(J("GET","/v1/models").then(N=>{let S=(N.data||[]).map(R=>({id:R.id,alias:!R.id.includes("/")&&R.owned_by==="switchboard"}));S.sort((R,O)=>R.alias===O.alias?R.id.localeCompare(O.id):R.alias?-1:1),t(S),S.length&&d([S[0].id,(S[1]||S[0]).id])},r),J("GET","/admin/v1/prices").then(N=>n(N.prices||[]),()=>n([])),()=>x.current&&x.current.abort()),[]);let A=N=>m(S=>({...S,...N})),w=s?u:u.slice(0,1),D=async N=>{if(N.preventDefault(),!h.message.trim()||v)return;let S=new AbortController;x.current=S,k(!0);let R=[...w];g(R.map(O=>({model:O,text:"",state:"streaming"}))),await Promise.all(R.map((O,K)=>pc(dc(O,h),S.signal,G=>g(C=>C.map((H,I)=>I===K?{...H,...G}:H))))),k(!1),x.current=null},E=()=>x.current&&x.current.abort();return l?y`<h1>Playground</h1><${se} error=${l} />`:e?y`<section>
    <h1>Playground</h1>
    ${e.length===0&&y`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${D}>
      <label class="check">
        <input type="checkbox" checked=${s} onChange=${N=>a(N.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!s&&y`<${gc} label="Model" value=${u[0]} models=${e}
          onChange=${N=>d([N,...u.slice(1)])} />`}
        ${s&&u.map((N,S)=>y`<${gc} key=${S} label=${`Model ${S+1}`} value=${N} models=${e}
          onChange=${R=>d(u.map((O,K)=>K===S?R:O))} />`)}
        ${s&&y`<div class="row">
          <button type="button" disabled=${u.length>=qd}
            onClick=${()=>d([...u,e[u.length%e.length].id])}>Add model</button>
          ${u.length>2&&y`<button type="button" onClick=${()=>d(u.slice(0,-1))}>Remove last</button>`}
        </div>`}
      </div>
      <${Q} label="System prompt">
        <textarea rows="2" value=${h.system} onInput=${N=>A({system:N.currentTarget.value})} />
      <//>
      <${Q} label="Message">
        <textarea rows="4" value=${h.message} required onInput=${N=>A({message:N.currentTarget.value})} />
      <//>
      <div class="row">
        <${Q} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${h.temperature} onInput=${N=>A({temperature:N.currentTarget.value})} />
        <//>
        <${Q} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${h.maxTokens} onInput=${N=>A({maxTokens:N.currentTarget.value})} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${E} disabled=${!v}>Stop</button>
        <button type="submit" class="primary" disabled=${v||!h.message.trim()||e.length===0}>Send</button>
      </div>
    </form>
    ${_.length>0&&y`<div class=${_.length>1?"answers":""}>
      ${_.map(N=>y`<div>
        ${_.length>1&&y`<h2 class="answer-title"><code>${N.model}</code></h2>`}
        <${hc} label=${_.length>1?`Answer ${N.model}`:"Answer"} run=${N} prices=${o} />
      </div>`)}
    </div>`}
  </section>`:y`<h1>Playground</h1><${xe} />`}var _c=[["providers","Providers",sr],["aliases","Aliases",cr],["keys","Keys",dr],["usage","Usage",jr],["audit","Audit",Kr],["playground","Playground",Yr]];function bc(){let[e,t]=M(void 0),[o,n]=M(null),[l,r]=M("");if(ce(()=>{ei(()=>{t(null),r("Your session has ended. Sign in again.")}),ui().then(t,n)},[]),e===void 0)return y`<main class="boot">${o?y`<${se} error=${o} />`:y`<${xe} />`}</main>`;if(!e)return y`<${pi} notice=${l} onSignedIn=${a=>{r(""),t(a)}} />`;let s=async()=>{try{await di()}finally{r("You are signed out."),t(null)}};return y`<${Ud} me=${e.me} onSignOut=${s} />`}function Ud({me:e,onSignOut:t}){let o=hi(),[n,l]=M(!1),r=De(null),s=De(!0),a=e.role||"viewer",u=_c.filter(([g])=>lr(a,g)),d=_c.find(([g])=>g===o),[,h,m]=d||[];ce(()=>{o||window.location.replace("#/"+u[0][0]),document.title=(h||"Switchboard")+" · Switchboard console",l(!1),!s.current&&r.current&&r.current.focus(),s.current=!1},[o]);let _;return o?d?lr(a,o)?_=y`<${m} me=${e} />`:_=y`<h1>${h}</h1><p>Your role (${a}) may not open this page.</p>`:_=y`<h1>Page not found</h1><p>There is no page <code>${o}</code>.</p>`:_=y`<${xe} />`,y`<div class="shell">
    <a class="skip" href="#main" onClick=${g=>{g.preventDefault(),r.current.focus()}}>Skip to content</a>
    <header class="top">
      <span class="brand">Switchboard</span>
      <button type="button" class="menu-toggle" aria-expanded=${n} aria-controls="nav"
        onClick=${()=>l(!n)}>Menu</button>
      <nav id="nav" class=${n?"open":""} aria-label="Main">
        <ul>
          ${u.map(([g,v])=>y`<li key=${g}>
            <a href=${"#/"+g} aria-current=${g===o?"page":void 0}>${v}</a>
          </li>`)}
        </ul>
      </nav>
      <div class="user">
        <span class="user-name">${e.user_name||e.key_prefix||"signed in"}</span>
        <span class="role">${a}</span>
        <button type="button" onClick=${t}>Sign out</button>
      </div>
    </header>
    <main id="main" ref=${r} tabindex="-1">${_}</main>
  </div>`}Fs(y`<${bc} />`,document.getElementById("app"));
