var ve,As,Jc,Zt,Vl,Vo,Ms,Uo,Ps,Bl,Gl,Qc,go=Symbol.for("pv"),Go={},Bo=[],Zc=/^m(i|n|o|s|text|space)$/,jl=Array.isArray,jo=Bo.slice,Xt=Object.assign;function _n(e){e&&e.parentNode&&e.remove()}function Ko(e,t,o){var n,l,r,s={},a=arguments.length;for(r in t)r=="key"?n=t[r]:r=="ref"&&typeof e!="function"?l=t[r]:s[r]=t[r];return a>2&&(s.children=a>3?jo.call(arguments,2):o),Kn(e,s,n,l,null)}function Ds(e,t,o){var n,l,r,s=Xt({},e.props),a=arguments.length;for(r in t)r=="key"?n=t[r]:r=="ref"&&typeof e.type!="function"?l=t[r]:s[r]=t[r];return a>2&&(s.children=a>3?jo.call(arguments,2):o),Kn(e.type,s,n!==void 0?n:e.key,l!==void 0?l:e.ref,null)}function Kn(e,t,o,n,l){var r={type:e,props:t,key:o,ref:n,__k:null,__:null,__b:0,__e:null,__c:null,constructor:go,__v:l||++As,__i:-1,__u:0};return!l&&ve.vnode&&ve.vnode(r),r}function Yo(e){return e.children}function Ho(e,t){this.props=e,this.context=t,this.__g=0}function en(e,t){if(t==null)return e.__&&en(e.__,e.__i+1);for(var o;t<e.__k.length;t++)if((o=e.__k[t])&&o.__e)return o.__e;return typeof e.type!="function"||e.props.__P?null:en(e)}function Xc(e){var t,o=e.__v,n=o.__e,l=[],r=[],s=e.__P;s&&((t=Xt({constructor:go},o)).__v=o.__v+1,ve.vnode&&ve.vnode(t),Kl(s,t,o,e.__n,s.namespaceURI,32&o.__u?[n]:null,l,n||en(o),32&o.__u,r),t.__v=o.__v,t.__.__k[t.__i]=t,Fs(l,t,r),o.__=o.__e=null,t.__e!=n&&Ls(t))}function Ls(e){if((e=e.__)&&e.__c&&!e.props.__P)return e.__e=null,e.__k.some(function(t){return t&&(e.__e=t.__e)}),Ls(e)}function Es(e){(8&e.__g||(e.__g|=8,Zt.push(e),Vo++))&&Vl==ve.debounceRendering||((Vl=ve.debounceRendering)||queueMicrotask)(Rs)}function Rs(){try{for(var e,t=1;Zt.length;)Zt.length>t&&Zt.sort(Ms),e=Zt.shift(),t=Zt.length,8&e.__g&&Xc(e)}finally{(Vo=Zt.length)&&(Vl||queueMicrotask)(Rs)}}function Ns(e,t,o,n,l,r,s,a,u,d,p){var h,_,g,v,k,x,A=n.__k||Bo,w=t.length;for(u=eu(o,t,A,u,w),h=0;h<w;h++)(g=o.__k[h])!=null&&(_=~g.__i&&A[g.__i]||Go,g.__i=h,x=Kl(e,g,_,l,r,s,a,u,d,p),v=g.__e,(_.ref!=g.ref||8&_.__u)&&(_.ref&&Yl(_.ref,null,g,_),g.ref&&p.push(g.ref,g.__c||v,g)),k=k||v,4&g.__u?(u=Os(g,u,e,!_.__v),_.__e&&(_.__e=null)):typeof g.type=="function"&&x!==void 0?u=x:v&&(u=v.nextSibling),g.__u&=-21);return o.__e=k,u}function eu(e,t,o,n,l){var r,s,a,u,d,p,h,_,g,v=o.length,k=v,x=0,A=0,w=e.__k=Array(l);for(r=0;r<l;r++)(s=t[r])!=null&&typeof s!="boolean"&&typeof s!="function"?(typeof s!="object"||s.constructor===String?s=w[r]=Kn(null,s):jl(s)?s=w[r]=Kn(Yo,{children:s}):s.constructor===go&&s.__b?s=w[r]=Kn(s.type,s.props,s.key,s.ref,s.__v):w[r]=s,u=r+x,s.__=e,s.__b=e.__b+1,a=null,~(d=s.__i=tu(s,o,u,k))&&(k--,(a=o[d])&&(a.__u|=2)),a&&a.__v?(s.__u|=16,d==u-1?x--:d==u+1?x++:d!=u&&(d>u?x--:x++,A=1)):(~d||(l>v?x--:l<v&&x++),typeof s.type!="function"&&(s.__u|=4))):w[r]=null;if(A){for(p=[],h=[],r=0;r<l;r++)if((s=w[r])&&16&s.__u){for(x=0,_=p.length;x<_;)p[g=x+_>>1]<s.__i?x=g+1:_=g;p[x]=s.__i,h[r]=x+1}for(x=p.length;r--;)h[r]&&(h[r]==x?x--:w[r].__u|=4)}if(k)for(r=0;r<v;r++)!(a=o[r])||2&a.__u||(a.__e==n&&(n=en(a)),Jl(a,a));return n}function Os(e,t,o,n){var l,r,s,a;if(typeof e.type=="function"){if(e.props.__P)return t;if(l=e.__k)for(r=0;r<l.length;r++)l[r]&&(l[r].__=e,t=Os(l[r],t,o,!1));return t}for(t&&!t.parentNode&&(t=en(e))&&!t.parentNode&&(t=null),s=e.__e,a=t;a&&a.nodeType==8;)a=a.nextSibling;for(s!=a&&(!n&&o.moveBefore&&s.parentNode?o.moveBefore(s,t):o.insertBefore(s,t||null)),t=s;(t=t&&t.nextSibling)&&t.nodeType==8&&!t.data.startsWith("$s"););return t}function tu(e,t,o,n){var l,r=e.key,s=e.type,a=t[o],u=a&&!(2&a.__u);if(a===null&&r==null||u&&r==a.key&&s==a.type)return o;if(n>(u?1:0)){for(l=o-1;l>=0;l--)if((a=t[l])&&!(2&a.__u)&&r==a.key&&s==a.type)return l;for(l=o+1;l<t.length;l++)if((a=t[l])&&!(2&a.__u)&&r==a.key&&s==a.type)return l}return-1}function Cs(e,t,o){o==null&&(o=""),t[0]=="-"?e.setProperty(t,o):e[t]=o}function qo(e,t,o,n,l){var r,s;if(t=="style")if(typeof o=="string")e.style.cssText=o;else{if(typeof n=="string"&&(e.style.cssText=n=""),n)for(t in n)o&&t in o||Cs(e.style,t);if(o)for(t in o)n&&o[t]==n[t]||Cs(e.style,t,o[t])}else if(t[0]=="o"&&t[1]=="n")typeof o!="function"&&(o=null),typeof n!="function"&&(n=null),(e.__e||(e.__e={}))[t]=o,o&&n||(s=Gl[t]||(Gl[t]=nu(t)),(e.__a||(e.__a={}))[t]=Bl,r=t!=(t=t.replace(Ps,"$1")),(t=t.slice(2))[0]<"a"&&(t=t.toLowerCase()),o?e.addEventListener(t,s,r):e.removeEventListener(t,s,r));else{if(l=="http://www.w3.org/2000/svg")t=t.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(t!="width"&&t!="height"&&t!="href"&&t!="list"&&t!="form"&&t!="tabIndex"&&t!="download"&&t!="rowSpan"&&t!="colSpan"&&t!="role"&&t!="popover"&&t in e)try{return void(e[t]=o??"")}catch{}if(typeof o=="function")return;o==null||o===!1&&t[4]!="-"?e.removeAttribute(t):e.setAttribute(t,t=="popover"&&o==1?"":o)}}function nu(e){return function(t){var o=this.__e;if(o){if(o=o[e],t[Uo]==null)t[Uo]=Bl++;else if(t[Uo]<this.__a[e])return;return o(ve.event?ve.event(t):t)}}}function Kl(e,t,o,n,l,r,s,a,u,d){var p,h,_,g,v,k,x,A,w,D,E,N,S,R,O,K,G,C,H=t.type;if(t.constructor!==go)return null;128&o.__u&&(u=32&o.__u,p=o.__c.__z)&&(t.__u|=u,h=r=[],p.nodeType==8?a=Wo(p,r):r.push(p),a=r[0]||a),(p=ve.__b)&&p(t);e:if(typeof H=="function"){_=s.length;try{if(A=t.props,w=(p=H.prototype)&&p.render,D=(p=H.contextType)&&n[p.__c],E=p?D?D.props.value:p.__:n,(g=o.__c)?(t.__c=g,2&g.__g&&(g.__g|=1)):(w?t.__c=g=new H(A,E):(t.__c=g=new Ho(A,E),g.constructor=H,g.render=lu),D&&D.sub(g),g.state||(g.state={}),g.__n=n,g.__g|=8,g.__h=[],g.__k=[]),w&&(g.__s||(g.__s=g.state),H.getDerivedStateFromProps&&(g.__s==g.state&&(g.__s=Xt({},g.__s)),Xt(g.__s,H.getDerivedStateFromProps(A,g.__s)))),v=g.props,k=g.state,g.__v=t,o.__c){if(A!==v&&w&&!H.getDerivedStateFromProps&&g.componentWillReceiveProps&&g.componentWillReceiveProps(A,E),t.__v==o.__v&&!(8&g.__g)||!(4&g.__g)&&g.shouldComponentUpdate&&g.shouldComponentUpdate(A,g.__s,E)===!1){t.__v!=o.__v&&(g.props=A,g.state=g.__s,g.__g&=-9),t.__e=o.__e,t.__k=o.__k,t.__k.some(function(I){I&&(I.__=t)}),Bo.push.apply(g.__h,g.__k),g.__k=[],g.__h.length&&s.push(g),a=en(o);break e}g.componentWillUpdate&&g.componentWillUpdate(A,g.__s,E),w&&g.componentDidUpdate&&g.__h.push(function(){g.componentDidUpdate(v,k,x)})}else w&&!H.getDerivedStateFromProps&&g.componentWillMount&&g.componentWillMount(),w&&g.componentDidMount&&g.__h.push(g.componentDidMount);g.context=E,g.props=A,g.__P=e,g.__g&=-5,N=ve.__r,S=w?25:0;do g.__g&=-9,N&&N(t),p=g.render(g.props,g.state=g.__s,g.context);while(8&g.__g&&++S<25);w&&(Bo.push.apply(g.__h,g.__k),g.__k=[]),g.state=g.__s,g.getChildContext&&(n=Xt({},n,g.getChildContext())),w&&o.__c&&g.getSnapshotBeforeUpdate&&(x=g.getSnapshotBeforeUpdate(v,k)),R=p&&p.type===Yo&&p.key==null?p.props.children:p,A.__P&&(p=a,l=(e=A.__P).namespaceURI,u=r=null,o.props&&o.props.__P!=e&&(o.__k.some(function(I){I&&Jl(I,I)}),o.__k=null),a=o.__k?en(o,0):null),a=Ns(e,jl(R)?R:[R],t,o,n,l,r,s,a,u,d),A.__P&&(t.__e=null,a=p),t.__u&=-161,h&&h.some(_n),g.__h.length&&s.push(g),1&g.__g&&(g.__g&=-4)}catch(I){if(s.length=_,t.__v=null,u||r)if(I&&I.then){if(t.__u|=128|u,r){for(~(G=r.indexOf(a||void 0))||(G=r.length);(C=r[G-1])&&C.nodeType==8;)G--;for(;G<r.length;G++)if(C=r[G])if(r[G]=null,O){if(C==K)break}else{if(C.nodeType!=8)break;C.data.startsWith("$s")&&(K=Wo(O=C))}}if(!O){for(;a&&a.nodeType==8&&a.nextSibling;)a=a.nextSibling;O=a}(p=Wo(O=t.__c.__z||(t.__c.__z=O)))?(t.__e=O,a=p):t.__e=a,a=a&&a.nextSibling}else r&&r.some(_n);else t.__e=o.__e;t.__k||(t.__k=o.__k||[]),I&&I.then||Is(t),ve.__e(I,t,o)}}else a=t.__e=ou(o.__e,t,o,n,l,r,s,u,d,e);return(p=ve.diffed)&&p(t),a}function Wo(e,t){if(e&&e.nodeType==8&&e.data.startsWith("$s"))for(var o=1;e=e.nextSibling;){if(e.nodeType==8){if(e.data.startsWith("$s"))o++;else if(e.data.startsWith("/$s")&&!--o)return e}t&&t.push(e)}}function Is(e){e&&(e.__c&&(e.__c.__g|=4),e.__k&&e.__k.some(Is))}function Fs(e,t,o){for(var n=0;n<o.length;)Yl(o[n++],o[n++],o[n++]);ve.__c&&ve.__c(t,e),e.some(function(l){try{e=l.__h,l.__h=[],e.some(function(r){r.call(l)})}catch(r){ve.__e(r,l.__v)}})}function ou(e,t,o,n,l,r,s,a,u,d){var p,h,_,g,v,k,x,A,w=o.props||Go,D=t.props,E=t.type;if(E=="svg"?l="http://www.w3.org/2000/svg":E=="math"?l="http://www.w3.org/1998/Math/MathML":l||(l="http://www.w3.org/1999/xhtml"),r){for(p=0;p<r.length;p++)if((v=r[p])&&(E?v.localName==E:v.nodeType==3)){e=v,r[p]=null;break}}if(!e){if(A=d.ownerDocument||document,!E)return A.createTextNode(D);e=A.createElementNS(l,E,D.is?D:d),a&&(ve.__m&&ve.__m(t,r),a=!1),r=null}if(E){if(d=E=="template"&&e.content||e,r=E=="textarea"&&D.defaultValue!=null?null:r&&jo.call(d.childNodes),!a&&r)for(w={},p=0;p<e.attributes.length;p++)w[(v=e.attributes[p]).name]=v.value;for(p in w)v=w[p],p=="dangerouslySetInnerHTML"?_=v:p=="children"||p in D||p=="value"&&"defaultValue"in D||p=="checked"&&"defaultChecked"in D||qo(e,p,null,v,l);for(p in D)v=D[p],p=="children"?g=v:p=="dangerouslySetInnerHTML"?h=v:p=="value"?k=v:p=="checked"?x=v:a&&typeof v!="function"||w[p]===v||qo(e,p,v,w[p],l);h?(a||_&&(h.__html==_.__html||h.__html==e.innerHTML)||(e.innerHTML=h.__html),t.__k=[]):(_&&(e.textContent=""),(E=="foreignObject"||l=="http://www.w3.org/1998/Math/MathML"&&Zc.test(E))&&(l="http://www.w3.org/1999/xhtml"),Ns(d,jl(g)?g:[g],t,o,n,l,r,s,r?r[0]:o.__k&&en(o,0),a,u),r&&r.some(_n)),a&&E!="textarea"||(p="value",E=="progress"&&k==null?e.removeAttribute(p):k==null||k===e[p]&&(E!="progress"||k)||qo(e,p,k,w[p],l),p="checked",x!=null&&x!=e[p]&&qo(e,p,x,w[p],l))}else w===D||a&&e.data==D||(e.data=D);return e}function Yl(e,t,o,n){try{typeof e=="function"?t?t.__x=e(t)||1:n&&(n=n.__c||n.__e)&&(t=n.__x)&&(n.__x=null,typeof t=="function"?t():e(null)):e.current=t}catch(l){ve.__e(l,o)}}function Jl(e,t,o){var n,l,r,s;if(ve.unmount&&ve.unmount(e),!(n=e.ref)||n.current&&n.current!=e.__e||Yl(n,null,t,e),n=e.__c){if(n.componentWillUnmount)try{n.componentWillUnmount()}catch(a){ve.__e(a,t)}n.__P=n.__n=null}if(n=e.__k)for(s=0;s<n.length;s++)n[s]&&Jl(n[s],t,typeof e.type!="function"||o&&!e.props.__P);!o&&(n=e.__c)&&(n=n.__z)&&(l=Wo(n,r=[]))&&(n==e.__e&&r.some(_n),_n(l),_n(n)),o||_n(e.__e),e.__e=e.__c=e.__=null}function lu(e,t,o){return this.constructor(e,o)}function zs(e,t){var o,n,l,r;ve.__&&ve.__(e,t),t.nodeType==9&&(t=t.documentElement),n=(o=e&&32&e.__u)?null:t.__k,t.__k=Kn(Yo,{children:[e]}),l=[],r=[],Kl(t,t.__k,n||Go,Go,t.namespaceURI,n?null:t.firstChild?jo.call(t.childNodes):null,l,n?n.__e:t.firstChild,o,r),Fs(l,t.__k,r),t.__k.props.children=null}ve={__e:function(e,t,o,n){for(var l,r,s;t=t.__;)if((l=t.__c)&&!(1&l.__g)){l.__g|=4;try{if((s=(r=l.constructor)&&r.getDerivedStateFromError)&&l.setState(r.getDerivedStateFromError(e)),l.componentDidCatch&&(l.componentDidCatch(e,n||{}),s=1),s&&8&l.__g)return void(l.__g|=2)}catch(a){e=a}}throw Vo=0,e}},As=0,Jc=function(e){return e!=null&&e.constructor===go},Ho.prototype.setState=function(e,t){var o=this.__s;o&&o!=this.state||(o=this.__s=Xt({},this.state)),typeof e=="function"&&(e=e(Xt({},o),this.props)),e&&(Xt(o,e),this.__v&&(t&&this.__k.push(t),Es(this)))},Ho.prototype.forceUpdate=function(e){this.__v&&(this.__g|=4,e&&this.__h.push(e),Es(this))},Ho.prototype.render=Yo,Zt=[],Vo=0,Ms=function(e,t){return e.__v.__b-t.__v.__b},Uo=Symbol(),Ps=/(PointerCapture)$|Capture$/i,Bl=0,Gl={},Qc=0;var Us=function(e,t,o,n){var l;t[0]=0;for(var r=1;r<t.length;r++){var s=t[r++],a=t[r]?(t[0]|=s?1:2,o[t[r++]]):t[++r];s===3?n[0]=a:s===4?n[1]=Object.assign(n[1]||{},a):s===5?(n[1]=n[1]||{})[t[++r]]=a:s===6?n[1][t[++r]]+=a+"":s?(l=e.apply(a,Us(e,a,o,["",null])),n.push(l),a[0]?t[0]|=2:(t[r-2]=0,t[r]=l)):n.push(a)}return n},qs=new Map;function Jo(e){var t=qs.get(this);return t||(t=new Map,qs.set(this,t)),(t=Us(this,t.get(e)||(t.set(e,t=(function(o){for(var n,l,r=1,s="",a="",u=[0],d=function(_){r===1&&(_||(s=s.replace(/^\s*\n\s*|\s*\n\s*$/g,"")))?u.push(0,_,s):r===3&&(_||s)?(u.push(3,_,s),r=2):r===2&&s==="..."&&_?u.push(4,_,0):r===2&&s&&!_?u.push(5,0,!0,s):r>=5&&((s||!_&&r===5)&&(u.push(r,0,s,l),r=6),_&&(u.push(r,_,0,l),r=6)),s=""},p=0;p<o.length;p++){p&&(r===1&&d(),d(p));for(var h=0;h<o[p].length;h++)n=o[p][h],r===1?n==="<"?(d(),u=[u],r=3):s+=n:r===4?s==="--"&&n===">"?(r=1,s=""):s=n+s[0]:a?n===a?a="":s+=n:n==='"'||n==="'"?a=n:n===">"?(d(),r=1):r&&(n==="="?(r=5,l=s,s=""):n==="/"&&(r<5||o[p][h+1]===">")?(d(),r===3&&(u=u[0]),r=u,(u=u[0]).push(2,0,r),r=0):n===" "||n==="	"||n===`
`||n==="\r"?(d(),r=2):s+=n),r===3&&s==="!--"&&(r=4,u=u[0])}return d(),u})(e)),t),arguments,[])).length>1?t:t[0]}var y=Jo.bind(Ko);var Yn,Ne,Ql,Hs,Zl=Object.is,bo=0,Qs=[],Xl=[],Re=ve,Ws=Re.__b,Vs=Re.__r,Gs=Re.diffed,Bs=Re.__c,js=Re.unmount,Ks=Re.__;function Qo(e,t){Re.__h&&Re.__h(Ne,e,bo||t),bo=0;var o=Ne.__H||(Ne.__H={__:[],__h:[]});return e>=o.__.length&&o.__.push({}),o.__[e]}function P(e){return bo=1,ru(Xs,e)}function ru(e,t,o){var n=Qo(Yn++,2);if(n.t=e,!n.__c&&(n.__=[o?o(t):Xs(void 0,t),function(r){var s=(n.__N||n.__)[0],a=n.t(s,r);Zl(s,a)||(n.__N=[a,n.__[1]],n.__c.setState({}))}],n.__c=Ne,!Ne.__f)){Ne.__f=!0;var l=Ne.shouldComponentUpdate;Ne.shouldComponentUpdate=function(r,s,a){var u=this.__H;if(!u)return!0;var d=!1,p=this.props!=r;if(u.__.some(function(_){_.__N&&(d=!0,Zl(_.__[0],_.__N[0])||(p=!0))}),l){var h=l.call(this,r,s,a);return d?h||p:h}return!d||p}}return n.__}function ce(e,t){var o=Qo(Yn++,3);!Re.__s&&Zs(o.__H,t)&&(o.__P=!0,o.__=e,o.u=t,Ne.__H.__h.push(o))}function De(e){return bo=5,Zo(function(){return{current:e}},[])}function Zo(e,t){var o=Qo(Yn++,7);return Zs(o.__H,t)&&(o.__=e(),o.__H=t),o.__}function tn(e,t){return bo=8,Zo(function(){return e},t)}function tr(){var e=Qo(Yn++,11);if(!e.__){for(var t=Ne.__v;!t.__m&&t.__;)t=t.__;var o=t.__m||(t.__m=[0,0]);e.__="P"+o[0]+"-"+o[1]++}return e.__}function su(){var e;do{for(;e=Xl.shift();)try{_o(e)}catch(o){Re.__e(o,{__:(e=e.__P)&&e.__v})}for(;e=Qs.shift();){var t=e.__H;if(e.__P&&t)try{t.__h.some(_o),t.__h.some(er),t.__h=[]}catch(o){t.__h=[],Re.__e(o,e.__v)}}}while(Xl.length)}Re.__b=function(e){Ne=null,Ws&&Ws(e)},Re.__=function(e,t){e&&t.__k&&t.__k.__m&&(e.__m=t.__k.__m),Ks&&Ks(e,t)},Re.__r=function(e){Vs&&Vs(e),Yn=0;var t=(Ne=e.__c).__H;t&&(Ql==Ne?Ne.__h=[]:(t.__h.some(_o),t.__h.some(er),Yn=0),t.__h=[],t.__.some(function(o){o.__N&&(o.__=o.__N),o.u=o.__N=void 0})),Ql=Ne},Re.diffed=function(e){Gs&&Gs(e);var t=e.__c;t&&t.__H&&(t.__H.__h.length&&Js(Qs.push(t)),t.__H.__.some(function(o){o.u&&(o.__H=o.u)})),Ql=Ne=null},Re.__c=function(e,t){t.some(function(o){try{o.__h.some(_o),o.__h=o.__h.filter(function(n){return!n.__||er(n)})}catch(n){o.__h=[function(){throw n}]}}),Bs&&Bs(e,t)},Re.unmount=function(e){js&&js(e);var t,o,n=e.__c;n&&n.__H&&(n.__H.__.some(function(l){try{if(l.__P&&l.__c){if(o===void 0){for(o=e.__;o&&(!o.__c||!o.__c.__P);)o=o.__;o=o&&o.__c}l.__P=o,Js(Xl.push(l))}else _o(l)}catch(r){t=r}}),n.__H=void 0,t&&Re.__e(t,n.__v))};var Ys=typeof requestAnimationFrame=="function";function iu(e){var t,o=function(){clearTimeout(n),Ys&&cancelAnimationFrame(t),setTimeout(e)},n=setTimeout(o,35);Ys&&(t=requestAnimationFrame(o))}function Js(e){e!=1&&Hs==Re.requestAnimationFrame||((Hs=Re.requestAnimationFrame)||iu)(su)}function _o(e){var t=Ne,o=e.__c;typeof o=="function"&&(e.__c=void 0,o()),Ne=t}function er(e){var t=Ne;e.__c=e.__(),Ne=t}function Zs(e,t){return!e||e.length!=t.length||t.some(function(o,n){return!Zl(o,e[n])})}function Xs(e,t){return typeof t=="function"?t(e):t}var yo=class extends Error{constructor(t,o,n){super(o),this.name="ApiError",this.status=t,this.code=n||""}},nr="",ei=()=>{};function or(e){nr=e||""}function ti(e){ei=e}function au(e,t,o){let n={accept:o};return t!==void 0&&(n["content-type"]="application/json"),e!=="GET"&&e!=="HEAD"&&nr&&(n["x-csrf-token"]=nr),n}async function ni(e,t,o,n,l){try{return await fetch(t,{method:e,headers:au(e,o,n),body:o===void 0?void 0:JSON.stringify(o),credentials:"same-origin",cache:"no-store",signal:l})}catch(r){throw r.name==="AbortError"?r:new yo(0,"The gateway could not be reached: "+r.message)}}function oi(e,t){if(e&&typeof e=="object"){if(e.error&&typeof e.error=="object"&&e.error.message)return e.error;if(e.message)return{message:e.message,code:e.code}}return{message:t}}async function li(e,t){let o=await e.text().catch(()=>""),n=null;try{n=o?JSON.parse(o):null}catch{n=null}let l=o&&!n&&o.length<300?o:`${e.status} ${e.statusText||"error"}`,{message:r,code:s}=oi(n,l);return e.status===401&&!t.startsWith("/ui/api/session")&&ei(),new yo(e.status,r,typeof s=="string"?s:"")}async function J(e,t,o){let n=await ni(e,t,o,"application/json");if(!n.ok)throw await li(n,t);let l=await n.text();return l?JSON.parse(l):null}async function ri(e,t,o,n,l){let r=await ni("POST",e,t,"text/event-stream",n);if(!r.ok)throw await li(r,e);l&&l(r);let s=r.body.pipeThrough(new TextDecoderStream).getReader(),a="",u=[],d="message",p=()=>{if(!u.length)return d="message",!1;let h=u.join(`
`),_=d;if(u=[],d="message",h==="[DONE]")return!0;let g;try{g=JSON.parse(h)}catch{g=h}if(g&&typeof g=="object"&&g.error){let v=oi(g,"The stream failed");throw new yo(r.status,v.message,v.code||g.error.type)}return o(g,_),!1};for(;;){let{value:h,done:_}=await s.read();if(_)break;a+=h;let g=a.split(/\r\n|\r|\n/);a=g.pop();for(let v of g)if(v===""){if(p())return s.cancel().catch(()=>{}),r}else v.startsWith("data:")?u.push(v.slice(v.startsWith("data: ")?6:5)):v.startsWith("event:")&&(d=v.slice(6).trim())}return a.startsWith("data:")&&u.push(a.slice(a.startsWith("data: ")?6:5)),p(),r}function xe({label:e="Loading…"}){return y`<p role="status" class="loading">${e}</p>`}function se({error:e}){if(!e)return null;let t=typeof e=="string"?e:e.message||String(e);return y`<div role="alert" class="alert">${t}</div>`}function ft({title:e,onClose:t,children:o,wide:n}){let l=De(null),r=De(!1),s=tr();return ce(()=>{let d=l.current,p=document.activeElement;d.showModal();let h=d.querySelector("input:not([type=hidden]), select, textarea, [data-autofocus]");return h&&h.focus(),()=>{r.current=!0,d.open&&d.close(),p&&p.isConnected&&p.focus()}},[]),y`<dialog ref=${l} class=${n?"dialog wide":"dialog"} aria-labelledby=${s}
      onCancel=${d=>{d.preventDefault(),t()}} onClose=${()=>{r.current||t()}}>
    <header class="dialog-head">
      <h2 id=${s}>${e}</h2>
      <button type="button" class="icon" aria-label="Close" onClick=${t}>×</button>
    </header>
    ${o}
  </dialog>`}function bn({title:e,message:t,confirmLabel:o,onConfirm:n,onClose:l}){let[r,s]=P(!1),[a,u]=P(null);return y`<${ft} title=${e} onClose=${l}>
    <p>${t}</p>
    <${se} error=${a} />
    <div class="actions">
      <button type="button" onClick=${l} data-autofocus>Cancel</button>
      <button type="button" class="danger" disabled=${r} onClick=${async()=>{s(!0),u(null);try{await n(),l()}catch(p){u(p),s(!1)}}}>${o}</button>
    </div>
  <//>`}function Q({label:e,hint:t,children:o,className:n}){let l=tr(),r=t?l+"-hint":void 0,s=Ds(o,{id:l,"aria-describedby":r});return y`<div class=${"field "+(n||"")}>
    <label for=${l}>${e}</label>
    ${s}
    ${t&&y`<small id=${r} class="hint">${t}</small>`}
  </div>`}function ii({label:e,checked:t,onChange:o,disabled:n}){return y`<label class="switch">
    <input type="checkbox" role="switch" checked=${t} disabled=${n}
      onChange=${l=>o(l.currentTarget.checked)} />
    <span class="track" aria-hidden="true"></span>
    <span>${e}</span>
  </label>`}function ai({value:e}){if(!e)return y`<span class="muted">none</span>`;let t=e.startsWith("****")?e:"****"+e.slice(-4);return y`<code class="masked">${t}</code>`}var si={CONNECTED:["Connected","ok"],CONNECTING:["Connecting","busy"],DISCONNECTED:["Disconnected","off"],DISABLED:["Disabled","off"],ERROR:["Error","bad"]};function ci({state:e}){let[t,o]=si[e]||si.CONNECTING;return y`<span class=${"badge "+o}><span class="dot" aria-hidden="true"></span>${t}</span>`}var cu=[["year",365*24*3600],["month",720*3600],["day",24*3600],["hour",3600],["minute",60],["second",1]],uu=new Intl.RelativeTimeFormat("en",{numeric:"auto"});function fu(e,t=Date.now()){let o=Date.parse(e);if(!e||Number.isNaN(o))return"";let n=Math.round((o-t)/1e3);for(let[l,r]of cu)if(Math.abs(n)>=r||l==="second")return uu.format(Math.round(n/r),l);return""}function nn({time:e,never:t="never"}){return e?y`<time datetime=${e} title=${new Date(e).toLocaleString()}>${fu(e)}</time>`:y`<span class="muted">${t}</span>`}function zt(e){return e?parseFloat(String(e).replace(/s$/,"")):NaN}function Xo(e){let t=zt(e);return Number.isNaN(t)?"":`${Math.round(t*1e3)} ms`}var lr="/ui/api/session";function ui(e){return or(e.csrf_token),{me:e.me||{},expiresAt:e.expires_at||""}}async function fi(){try{return ui(await J("GET",lr))}catch(e){if(e.status===401)return null;throw e}}async function di(e){return ui(await J("POST",lr,{credential:e}))}async function pi(){try{await J("DELETE",lr)}finally{or("")}}var du={providers:()=>!0,aliases:()=>!0,keys:()=>!0,usage:()=>!0,audit:e=>e==="admin",playground:e=>e!=="viewer"};function rr(e,t){let o=du[t];return!!o&&o(e)}function vo(e){return e==="admin"||e==="operator"||e==="member"}function mi({onSignedIn:e,notice:t}){let[o,n]=P(""),[l,r]=P(!1),[s,a]=P(null);return y`<main class="login" id="main">
    <form class="card login-card" onSubmit=${async d=>{d.preventDefault(),r(!0),a(null);try{let p=await di(o.trim());n(""),e(p)}catch(p){a(p),r(!1)}}}>
      <h1>Sign in to Switchboard</h1>
      ${t&&y`<p class="notice" role="status">${t}</p>`}
      <${Q} label="API key or token" hint="An API key (sk-sb-…) or an OAuth2 access token. It is exchanged for a session cookie and not stored by the browser.">
        <input type="password" autocomplete="off" spellcheck="false" required value=${o}
          onInput=${d=>n(d.currentTarget.value)} />
      <//>
      <${se} error=${s} />
      <button type="submit" class="primary" disabled=${l||!o.trim()}>Sign in</button>
    </form>
  </main>`}function hi(){let e=/^#\/([a-z-]+)/.exec(window.location.hash);return e?e[1]:""}function gi(){let[e,t]=P(hi());return ce(()=>{let o=()=>t(hi());return window.addEventListener("hashchange",o),()=>window.removeEventListener("hashchange",o)},[]),e}function el(e,t){let[o,n]=P(void 0),[l,r]=P(null),s=De(e);s.current=e;let a=De(!1),u=De(!1),d=tn(async()=>{if(a.current){u.current=!0;return}a.current=!0;try{n(await s.current()),r(null)}catch(p){r(p)}finally{a.current=!1,u.current&&(u.current=!1,d())}},[]);return ce(()=>{let p=null,h=()=>{p===null&&!document.hidden&&(p=setInterval(d,t))},_=()=>{clearInterval(p),p=null},g=()=>{document.hidden?_():(d(),h())};return d(),h(),document.addEventListener("visibilitychange",g),()=>{_(),document.removeEventListener("visibilitychange",g)}},[t]),{data:o,error:l,refresh:d}}var tl=e=>`/admin/v1/providers/${encodeURIComponent(e)}`;function _i({provider:e,canChange:t,onEdit:o,onDelete:n,onChanged:l}){let[r,s]=P(""),[a,u]=P(null),[d,p]=P(!1),h=e.enabled!==!1,_=async k=>{p(!0),u(null);try{await J("PATCH",`${tl(e.name)}?update_mask=enabled`,{enabled:k}),l()}catch(x){u(x)}finally{p(!1)}},g=k=>s(r===k?"":k),v=e.usage_24h;return y`<article class="card provider" aria-label=${`Provider ${e.name}`}>
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
      ${v&&y`<dt>Last 24 h</dt><dd>${pu(v)}</dd>`}
    </dl>
    ${t&&y`<div class="buttons">
      <button type="button" aria-expanded=${r==="test"} onClick=${()=>g("test")}>Test connection</button>
      <button type="button" aria-expanded=${r==="prompt"} onClick=${()=>g("prompt")}>Test prompt</button>
      <button type="button" aria-expanded=${r==="models"} onClick=${()=>g("models")}>Models</button>
      <button type="button" onClick=${o}>Edit</button>
      <button type="button" onClick=${n}>Delete</button>
      <${ii} label="Enabled" checked=${h} disabled=${d} onChange=${_} />
    </div>`}
    <${se} error=${a} />
    ${r==="test"&&y`<${mu} name=${e.name} onDone=${l} />`}
    ${r==="prompt"&&y`<${hu} name=${e.name} onDone=${l} />`}
    ${r==="models"&&y`<${gu} name=${e.name} />`}
  </article>`}function pu(e){let t=[`${e.requests||0} requests`];return e.errors&&t.push(`${e.errors} errors`),e.cost_usd!==void 0&&e.cost_usd!==null&&t.push(`$${Number(e.cost_usd).toFixed(4)}`),t.join(" · ")}function mu({name:e,onDone:t}){let[o,n]=P(null),[l,r]=P(null);return ce(()=>{J("POST",`${tl(e)}:test`,{}).then(s=>{n(s),t()},r)},[]),l?y`<${se} error=${l} />`:o?o.ok?y`<div class="result" role="status">
    <strong class="success">Connected</strong> in ${Xo(o.latency)} · ${o.model_count||0} models
  </div>`:y`<div class="result" role="alert"><strong>Failed</strong>${o.latency?` after ${Xo(o.latency)}`:""}: ${o.error}</div>`:y`<div class="result"><${xe} label="Testing…" /></div>`}function hu({name:e,onDone:t}){let[o,n]=P("Say hi"),[l,r]=P(!1),[s,a]=P(null),[u,d]=P(null);return y`<form class="result" onSubmit=${async h=>{h.preventDefault(),r(!0),d(null),a(null);try{a(await J("POST",`${tl(e)}:test`,{prompt:o})),t()}catch(_){d(_)}finally{r(!1)}}}>
    <div class="row">
      <${Q} label="Prompt" hint="At most 30 characters.">
        <input value=${o} maxlength="30" required onInput=${h=>n(h.currentTarget.value)} />
      <//>
      <button type="submit" class="primary" disabled=${l||!o.trim()}>Send</button>
    </div>
    ${l&&y`<${xe} label="Waiting for the reply…" />`}
    <${se} error=${u} />
    ${s&&(s.ok?y`<div role="status"><p><strong class="success">${Xo(s.prompt_latency||s.latency)}</strong>
          ${s.model&&y` · <code>${s.model}</code>`}</p>
          <blockquote class="reply">${s.reply}</blockquote></div>`:y`<div role="alert" class="alert">${s.error}</div>`)}
  </form>`}function gu({name:e}){let[t,o]=P(null),[n,l]=P(null);return ce(()=>{J("GET",`${tl(e)}/models`).then(r=>o(r.models||[]),l)},[]),n?y`<${se} error=${n} />`:t?y`<div class="result">
    <h3>${t.length} ${t.length===1?"model":"models"}</h3>
    <ul class="models">${t.map(r=>y`<li key=${r.id}><code>${r.id}</code></li>`)}</ul>
  </div>`:y`<div class="result"><${xe} /></div>`}function bi({rows:e,onChange:t}){let o=(r,s)=>t(e.map((a,u)=>u===r?{...a,...s}:a)),n=r=>t(e.filter((s,a)=>a!==r)),l=()=>t([...e,{name:"",value:"",secret:!1}]);return y`<fieldset class="headers">
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
  </fieldset>`}function yi(e){let t=Object.entries(e.headers||{}).map(([n,l])=>({name:n,value:l,secret:!1})),o=Object.entries(e.secret_headers_masked||{}).map(([n,l])=>({name:n,value:"",masked:l,secret:!0,saved:!0}));return[...t,...o]}function vi(e,t){let o={},n={},l=e.filter(a=>a.name.trim());for(let a of l)(a.secret?n:o)[a.name.trim()]=a.value;let r=l.filter(a=>a.secret),s=r.length===t.length&&r.every(a=>a.saved&&!a.touched&&t.includes(a.name.trim()));if(!s&&r.some(a=>!a.value))throw new Error("Type the value of every secret header again to change secret headers.");return{headers:o,secretHeaders:n,secretsChanged:!s}}var _u=[["openai","OpenAI chat completions"],["anthropic","Anthropic messages"],["gemini","Google Gemini"],["openai_responses","OpenAI Responses"]],bu={anthropic:"x-api-key",gemini:"x-goog-api-key"},yu={bearer:"Authorization: Bearer <key>","x-api-key":"x-api-key: <key>","x-goog-api-key":"x-goog-api-key: <key>",none:"No key is sent"};function vu({protocol:e,host:t,port:o,basePath:n}){if(!t)return"";let l=e==="https"&&+o==443||e==="http"&&+o==80,r=n&&!n.startsWith("/")?"/"+n:n||"";return`${e}://${t}${o&&!l?":"+o:""}${r}`}function $i(e){try{let t=new URL(e),o=t.protocol.replace(":","");if(o!=="http"&&o!=="https")return null;let n=t.port||(o==="https"?"443":"80");return{protocol:o,host:t.hostname,port:n,basePath:t.pathname==="/"?"":t.pathname.replace(/\/$/,"")}}catch{return null}}function nl(e){return{protocol:e.protocol||"https",host:e.host||"",port:e.port?String(e.port):"",basePath:e.base_path||"",baseUrl:e.base_url||"",format:e.api_format||"openai"}}function $u(e){return e?{...$i(e.base_url||"")||nl({}),name:e.name,preset:e.preset||"custom",baseUrl:e.base_url||"",format:e.api_format||"openai",apiKey:"",timeout:String(zt(e.timeout)||120),rows:yi(e)}:{name:"",preset:"",apiKey:"",timeout:"120",rows:[],...nl({})}}function sr({provider:e,onSaved:t,onClose:o}){let n=!!e,[l,r]=P(null),[s,a]=P(null),[u,d]=P(()=>$u(e)),[p,h]=P(!1),[_,g]=P(null);ce(()=>{J("GET","/admin/v1/presets").then(S=>{let R=S.presets||[];if(r(R),!n&&R.length){let O=R.find(K=>K.name==="custom")||R[0];d(K=>({...K,preset:O.name,...nl(O)}))}},a)},[]);let v=(l||[]).find(S=>S.name===u.preset)||{},k=S=>d(R=>({...R,...S})),x=S=>d(R=>{let O={...R,...S};return{...O,baseUrl:vu(O)}}),A=S=>d(R=>({...R,baseUrl:S,...$i(S)||{}})),w=S=>{let R=l.find(O=>O.name===S);d(O=>({...O,preset:S,...nl(R)}))},D=v.name&&v.name!=="custom"?v.auth_type:bu[u.format]||"bearer",E=async S=>{S.preventDefault(),g(null),h(!0);try{let R=await wu(e,u,v);t(R)}catch(R){g(R),h(!1)}},N=n?`Edit provider ${e.name}`:"Add provider";return s?y`<${ft} title=${N} onClose=${o}><${se} error=${s} /><//>`:l?y`<${ft} title=${N} onClose=${o} wide>
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
            ${_u.map(([S,R])=>y`<option value=${S}>${R}</option>`)}
          </select>
        <//>
        <${Q} label="Auth type" hint="Set by the preset (for custom: by the format).">
          <input readonly value=${yu[D]||D} />
        <//>
        <${Q} label="Timeout" hint="Seconds; for streams, the longest gap between events.">
          <input type="number" min="1" max="3600" value=${u.timeout} onInput=${S=>k({timeout:S.currentTarget.value})} />
        <//>
      </div>
      <${Q} label="API key" hint=${n?`Saved key ${e.api_key_masked||"(none)"}; leave empty to keep it.`:D==="none"?"Not needed by this preset.":"Write-only: sealed at rest, never shown again."}>
        <input type="password" value=${u.apiKey} autocomplete="new-password" spellcheck="false"
          onInput=${S=>k({apiKey:S.currentTarget.value})} />
      <//>
      <${bi} rows=${u.rows} onChange=${S=>k({rows:S})} />
      <${se} error=${_} />
      <div class="actions">
        <button type="button" onClick=${o}>Cancel</button>
        <button type="submit" class="primary" disabled=${p}>Save</button>
      </div>
    </form>
  <//>`:y`<${ft} title=${N} onClose=${o}><${xe} /><//>`}async function wu(e,t,o){let n=t.name.trim();if(!n)throw new Error("Name: required.");let l=Number(t.timeout);if(!(l>0))throw new Error("Timeout: a number of seconds above 0.");let r=e?Object.keys(e.secret_headers_masked||{}):[],{headers:s,secretHeaders:a,secretsChanged:u}=vi(t.rows,r),d=t.baseUrl.trim();if(!e){let x={name:n,preset:t.preset,api_format:t.format,timeout:`${l}s`,headers:s};return d&&d!==o.base_url&&(x.base_url=d),t.apiKey&&(x.api_key=t.apiKey),Object.keys(a).length&&(x.secret_headers=a),J("POST","/admin/v1/providers",x)}let p={},h=[],_=(x,A,w)=>{JSON.stringify(A)!==JSON.stringify(w)&&(p[x]=A,h.push(x))};_("name",n,e.name),_("base_url",d,e.base_url||""),_("api_format",t.format,e.api_format||"openai"),_("timeout",`${l}s`,e.timeout?`${zt(e.timeout)}s`:"120s"),_("headers",s,e.headers||{}),u&&(p.secret_headers=a,h.push("secret_headers"));let g=t.apiKey&&!h.includes("base_url");t.apiKey&&!g&&(p.api_key=t.apiKey,h.push("api_key"));let v=e,k=`/admin/v1/providers/${encodeURIComponent(e.name)}`;return h.length&&(v=await J("PATCH",`${k}?update_mask=${h.join(",")}`,p)),g&&(v=await J("POST",`/admin/v1/providers/${encodeURIComponent(v.name)}:rotateKey`,{api_key:t.apiKey})),v}var ku=3e3;function xu(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function ir({me:e}){let{data:t,error:o,refresh:n}=el(()=>J("GET","/admin/v1/providers").then(u=>u.providers||[]),ku),[l,r]=P(null),s=()=>r(null),a=()=>{s(),n()};return y`<section>
    <div class="toolbar">
      <h1>Providers</h1>
      ${vo(e.role)&&y`<button type="button" class="primary" onClick=${()=>r({add:!0})}>Add provider</button>`}
    </div>
    <${se} error=${o} />
    ${t===void 0&&!o&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No providers yet.${vo(e.role)?" Add one from a preset.":""}</p>`}
    ${t&&t.length>0&&y`<div class="cards">
      ${t.map(u=>y`<${_i} key=${u.id||u.name} provider=${u} canChange=${xu(e,u)}
        onEdit=${()=>r({edit:u})} onDelete=${()=>r({remove:u})} onChanged=${n} />`)}
    </div>`}
    ${l&&l.add&&y`<${sr} onSaved=${a} onClose=${s} />`}
    ${l&&l.edit&&y`<${sr} provider=${l.edit} onSaved=${a} onClose=${s} />`}
    ${l&&l.remove&&y`<${bn} title=${`Delete provider ${l.remove.name}`}
      message=${`Requests for ${l.remove.name}/… models and aliases that target it will fail. Its key is destroyed.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await J("DELETE",`/admin/v1/providers/${encodeURIComponent(l.remove.name)}`),n()}} />`}
  </section>`}var ol=[["PRIORITY","Priority (in order, next on failure)"],["WEIGHTED","Weighted random"],["LEAST_BUSY","Least busy"],["LOWEST_LATENCY","Lowest latency"],["LOWEST_COST","Lowest cost"]],ar=(e,t)=>{let o=zt(e);return Number.isNaN(o)?"":String(Math.round(o*t*1e3)/1e3)};function wi(e){let t=e||{},o=t.retry||{};return{name:t.name||"",targets:(t.targets||[{model:"",weight:1}]).map(({status:n,...l})=>({...l,weight:String(l.weight||1)})),strategy:t.strategy&&t.strategy!=="STRATEGY_UNSPECIFIED"?t.strategy:"PRIORITY",maxAttempts:o.max_attempts?String(o.max_attempts):"",initialBackoff:ar(o.initial_backoff,1e3),maxBackoff:ar(o.max_backoff,1e3),deadline:ar(o.deadline,1),fallback:!!t.fallback_on_context_length,description:t.description||""}}function Su(e){let t={},o=(n,l)=>{let r=Number(n);if(!(r>0))throw new Error(`${l}: a number above 0.`);return r};return e.maxAttempts!==""&&(t.max_attempts=Math.round(o(e.maxAttempts,"Max attempts"))),e.initialBackoff!==""&&(t.initial_backoff=`${o(e.initialBackoff,"Initial backoff")/1e3}s`),e.maxBackoff!==""&&(t.max_backoff=`${o(e.maxBackoff,"Max backoff")/1e3}s`),e.deadline!==""&&(t.deadline=`${o(e.deadline,"Deadline")}s`),t}function ki(e){let t=e.name.trim();if(!t)throw new Error("Alias name: required.");let o=e.targets.filter(n=>n.model.trim()).map(n=>{let l=Number(n.weight||1);if(!(l>=1)||!Number.isInteger(l))throw new Error(`Weight of ${n.model}: a whole number from 1.`);return{...n,model:n.model.trim(),weight:l}});if(!o.length)throw new Error("Add at least one target model.");return{name:t,targets:o,strategy:e.strategy,retry:Su(e),fallback_on_context_length:e.fallback,description:e.description.trim()}}function cr({alias:e,onSaved:t,onClose:o}){let[n,l]=P(()=>wi(e)),[r,s]=P([]),[a,u]=P(!1),[d,p]=P(null);ce(()=>{J("GET","/v1/models").then(k=>s((k.data||[]).map(x=>x.id).filter(x=>x.includes("/"))),()=>{})},[]);let h=k=>l(x=>({...x,...k})),_=(k,x)=>h({targets:n.targets.map((A,w)=>w===k?{...A,...x}:A)}),g=async k=>{k.preventDefault(),p(null),u(!0);try{let x=ki(n);if(!e){t(await J("POST","/admin/v1/aliases",x));return}let A=ki(wi(e)),w=Object.keys(x).filter(D=>JSON.stringify(x[D])!==JSON.stringify(A[D]));t(w.length?await J("PATCH",`/admin/v1/aliases/${encodeURIComponent(e.name)}?update_mask=${w.join(",")}`,x):e)}catch(x){p(x),u(!1)}},v="alias-models";return y`<${ft} title=${e?`Edit alias ${e.name}`:"New alias"} onClose=${o} wide>
    <form onSubmit=${g} novalidate>
      <${Q} label="Alias name" hint="What clients send as the model. Letters, digits, '.', '_', ':' and '-'.">
        <input value=${n.name} required autocomplete="off" spellcheck="false" onInput=${k=>h({name:k.currentTarget.value})} />
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
            onClick=${()=>h({targets:n.targets.filter((A,w)=>w!==x)})}>Remove</button>
        </div>`)}
        <button type="button" onClick=${()=>h({targets:[...n.targets,{model:"",weight:"1"}]})}>Add target</button>
      </fieldset>
      <${Q} label="Strategy">
        <select value=${n.strategy} onChange=${k=>h({strategy:k.currentTarget.value})}>
          ${ol.map(([k,x])=>y`<option value=${k}>${x}</option>`)}
        </select>
      <//>
      <fieldset>
        <legend>Retries</legend>
        <div class="row">
          <${Q} label="Max attempts" hint="Per target, first try included. Default 3.">
            <input type="number" min="1" step="1" value=${n.maxAttempts} placeholder="3" onInput=${k=>h({maxAttempts:k.currentTarget.value})} />
          <//>
          <${Q} label="Initial backoff (ms)" hint="Doubles each retry. Default 200.">
            <input type="number" min="1" value=${n.initialBackoff} placeholder="200" onInput=${k=>h({initialBackoff:k.currentTarget.value})} />
          <//>
          <${Q} label="Max backoff (ms)" hint="Default 5000.">
            <input type="number" min="1" value=${n.maxBackoff} placeholder="5000" onInput=${k=>h({maxBackoff:k.currentTarget.value})} />
          <//>
          <${Q} label="Deadline (s)" hint="The whole request. Default 120.">
            <input type="number" min="1" value=${n.deadline} placeholder="120" onInput=${k=>h({deadline:k.currentTarget.value})} />
          <//>
        </div>
        <label class="check">
          <input type="checkbox" checked=${n.fallback} onChange=${k=>h({fallback:k.currentTarget.checked})} />
          On a context-length error, try targets with a larger context window
        </label>
      </fieldset>
      <${Q} label="Description">
        <input value=${n.description} onInput=${k=>h({description:k.currentTarget.value})} />
      <//>
      <${se} error=${d} />
      <div class="actions">
        <button type="button" onClick=${o}>Cancel</button>
        <button type="submit" class="primary" disabled=${a}>Save</button>
      </div>
    </form>
  <//>`}var Tu={CLOSED:["closed","ok"],OPEN:["open","bad"],HALF_OPEN:["half-open","busy"]};function Eu(e){let t=e&&(e.breaker_state||e.breaker||e.state);return Tu[t]||null}function Cu(e){if(!e)return"defaults";let t=[];return e.max_attempts&&t.push(`${e.max_attempts} attempts`),e.initial_backoff&&t.push(`backoff ${Math.round(zt(e.initial_backoff)*1e3)} ms`),e.max_backoff&&t.push(`up to ${Math.round(zt(e.max_backoff)*1e3)} ms`),e.deadline&&t.push(`deadline ${zt(e.deadline)} s`),t.length?t.join(", "):"defaults"}function xi({alias:e,canChange:t,onEdit:o,onDelete:n}){let l=(ol.find(([r])=>r===e.strategy)||ol[0])[1];return y`<article class="card alias" aria-label=${`Alias ${e.name}`}>
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
      <dt>Retries</dt><dd>${Cu(e.retry)}</dd>
      ${e.fallback_on_context_length&&y`<dt>Context fallback</dt><dd>on</dd>`}
      ${e.owner&&y`<dt>Owner</dt><dd>${e.owner}</dd>`}
    </dl>
    <div class="table-wrap">
      <table>
        <caption class="sr-only">Targets of ${e.name}</caption>
        <thead><tr><th scope="col">Target</th><th scope="col">Weight</th><th scope="col">Breaker</th>
          <th scope="col">Last served</th><th scope="col">Requests</th></tr></thead>
        <tbody>
          ${(e.targets||[]).map(r=>{let s=r.status||{},a=Eu(s);return y`<tr key=${r.model}>
              <td><code>${r.model}</code></td>
              <td>${r.weight||1}</td>
              <td>${a?y`<span class=${"badge "+a[1]}>${a[0]}</span>`:y`<span class="muted">—</span>`}</td>
              <td><${nn} time=${s.last_served_time||s.last_served} /></td>
              <td>${s.requests!==void 0||s.failures!==void 0?`${s.requests||0}${s.failures?` (${s.failures} failed)`:""}${s.in_flight?`, ${s.in_flight} in flight`:""}`:y`<span class="muted">—</span>`}</td>
            </tr>`})}
        </tbody>
      </table>
    </div>
  </article>`}function Au(e,t){return e.role==="admin"||e.role==="operator"?!0:e.role==="member"&&!!t.owner&&t.owner===e.user_name}function ur({me:e}){let{data:t,error:o,refresh:n}=el(()=>J("GET","/admin/v1/aliases").then(u=>u.aliases||[]),5e3),[l,r]=P(null),s=()=>r(null),a=()=>{s(),n()};return y`<section>
    <div class="toolbar">
      <h1>Aliases</h1>
      ${vo(e.role)&&y`<button type="button" class="primary" onClick=${()=>r({add:!0})}>New alias</button>`}
    </div>
    <${se} error=${o} />
    ${t===void 0&&!o&&y`<${xe} />`}
    ${t&&t.length===0&&y`<p class="empty">No aliases yet. An alias gives several provider models one name, with failover.</p>`}
    ${t&&t.length>0&&y`<div class="cards wide-cards">
      ${t.map(u=>y`<${xi} key=${u.name} alias=${u} canChange=${Au(e,u)}
        onEdit=${()=>r({edit:u})} onDelete=${()=>r({remove:u})} />`)}
    </div>`}
    ${l&&l.add&&y`<${cr} onSaved=${a} onClose=${s} />`}
    ${l&&l.edit&&y`<${cr} alias=${l.edit} onSaved=${a} onClose=${s} />`}
    ${l&&l.remove&&y`<${bn} title=${`Delete alias ${l.remove.name}`}
      message=${`Clients that send ${l.remove.name} as the model will get an error.`}
      confirmLabel="Delete" onClose=${s}
      onConfirm=${async()=>{await J("DELETE",`/admin/v1/aliases/${encodeURIComponent(l.remove.name)}`),n()}} />`}
  </section>`}function te(e){let t=Number(e??0);return Number.isFinite(t)?t:0}var Mu=new Intl.DateTimeFormat(void 0,{dateStyle:"medium",timeStyle:"short"});function fr(e,t="—"){if(!e)return t;let o=new Date(e);return Number.isNaN(o.getTime())?t:Mu.format(o)}function $o({ts:e,none:t="—"}){return e?y`<time datetime=${e} title=${e}>${fr(e,t)}</time>`:y`<span class="muted">${t}</span>`}var Pu=new Intl.NumberFormat(void 0,{maximumFractionDigits:0});function $t(e){return Pu.format(te(e))}function yn(e){let t=te(e);if(t===0)return"$0.00";let o=Math.abs(t)>=1?2:Math.abs(t)>=.01?4:6;return"$"+t.toFixed(o)}function Jn({label:e,children:t}){return y`<div class="table-wrap table-scroll" tabindex="0" role="region" aria-label=${e}>${t}</div>`}var Du=1440*60*1e3;function Si({me:e,onCreated:t,onClose:o}){let n=e?.role==="admin",[l,r]=P(null),[s,a]=P(null),[u,d]=P(!1);return ce(()=>{n&&J("GET","/admin/v1/users").then(h=>r((h.users||[]).filter(_=>!_.disabled))).catch(h=>{r([]),a(h)})},[n]),y`
    <${ft} title="New key" onClose=${o}>
      <form class="form" onSubmit=${async h=>{h.preventDefault();let _=new FormData(h.currentTarget),g={name:String(_.get("name")).trim()};n&&_.get("user")&&(g.user=String(_.get("user")));let v=String(_.get("days")||"").trim();v&&(g.expire_time=new Date(Date.now()+Number(v)*Du).toISOString());let k=String(_.get("models")||"").split(/[\s,]+/).filter(Boolean);k.length&&(g.allowed_models=k),d(!0),a(null);try{t(await J("POST","/admin/v1/keys",g))}catch(x){a(x),d(!1)}}}>
        <${Q} label="Key name"><input name="name" required maxlength="100" autocomplete="off" /><//>
        ${n&&y`<${Q} label="User">
          <select name="user" disabled=${l===null}>
            ${l===null?y`<option value="">Loading…</option>`:(l.length?l:[{name:e.user_name}]).map(h=>y`<option value=${h.name} selected=${h.name===e.user_name}>${h.name}${h.role?` (${h.role})`:""}</option>`)}
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
  `}function Ti({created:e,onDone:t}){let o=De(null),[n,l]=P(""),r=async()=>{try{await navigator.clipboard.writeText(e.secret),l("Copied to the clipboard.")}catch{o.current?.select(),l("Select the key and copy it with Ctrl+C.")}},s=e.key||{};return y`
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
  `}function Ci({me:e,apiKey:t,hasLimits:o=!0,onClose:n}){let l=e?.role==="admin"||e?.role==="operator",r=`/admin/v1/limits/key/${encodeURIComponent(t.id)}`,[s,a]=P(void 0),[u,d]=P(null),[p,h]=P(""),[_,g]=P(!1);ce(()=>{if(!o){a(null);return}J("GET",r).then(a).catch(E=>{E.status===404?a(null):(a(null),d(E))})},[r,o]);let v=async E=>{E.preventDefault(),g(!0),d(null),h("");try{a(await J("PUT",r,Lu(new FormData(E.currentTarget)))),h("Limits saved.")}catch(N){d(N)}g(!1)},k=async()=>{g(!0),d(null),h("");try{await J("DELETE",r),a(null),h("Limits removed: the key has none now.")}catch(E){d(E)}g(!1)},x=s||{},A=x.budget||{},w=x.quota||{},D=`Limits of ${t.name||t.prefix}`;return y`
    <${ft} title=${D} onClose=${n} wide>
      ${s===void 0?y`<${xe} />`:y`
            ${s?y`<${Ru} policy=${s} />`:y`<p>This key has no limits of its own.</p>`}
            <form class="form limits-form" onSubmit=${v} key=${x.update_time||"none"}>
              <fieldset disabled=${!l||_}>
                <legend>Rate</legend>
                ${wo("Requests per minute (RPM)","rpm",x.requests_per_minute)}
                ${wo("Tokens per minute (TPM)","tpm",x.tokens_per_minute)}
                ${wo("Max concurrent requests","concurrent",x.max_concurrent)}
              </fieldset>
              <fieldset disabled=${!l||_}>
                <legend>Budget</legend>
                <${Q} label="Budget (USD)">
                  <input name="budget" inputmode="decimal" pattern="[0-9]+(\\.[0-9]{1,9})?" value=${A.amount_usd||""}
                    placeholder="25.00" autocomplete="off" />
                <//>
                ${Ei("Budget period","budget_period",A.period)}
                <label class="check">
                  <input type="checkbox" name="budget_soft" checked=${!!A.soft} /> Soft budget (allow, flag in usage)
                </label>
              </fieldset>
              <fieldset disabled=${!l||_}>
                <legend>Quota</legend>
                ${wo("Quota requests","quota_requests",w.requests)}
                ${wo("Quota tokens","quota_tokens",w.tokens)}
                ${Ei("Quota period","quota_period",w.period||"day")}
                <label class="check">
                  <input type="checkbox" name="quota_soft" checked=${!!w.soft} /> Soft quota (allow, flag in usage)
                </label>
              </fieldset>
              <p class="hint">Empty or 0: no limit. Hard limits refuse a request with 429.</p>
              <p class="success" role="status">${p}</p>
              <${se} error=${u} />
              <div class="actions">
                ${l&&s&&y`<button type="button" class="danger" disabled=${_} onClick=${k}>Remove limits</button>`}
                ${l?y`<button type="submit" class="primary" disabled=${_}>Save</button>`:y`<p class="hint">Only admins and operators change limits.</p>`}
              </div>
            </form>
          `}
    <//>
  `}function wo(e,t,o){let n=te(o);return y`<${Q} label=${e}>
    <input name=${t} type="number" min="0" step="1" inputmode="numeric" value=${n?String(n):""} />
  <//>`}function Ei(e,t,o){return y`<${Q} label=${e}>
    <select name=${t}>
      <option value="day" selected=${o==="day"}>Day</option>
      <option value="month" selected=${o!=="day"}>Month</option>
    </select>
  <//>`}function Lu(e){let t=l=>{let r=String(e.get(l)||"").trim();return r?Number(r):0},o={};t("rpm")&&(o.requests_per_minute=String(t("rpm"))),t("tpm")&&(o.tokens_per_minute=String(t("tpm"))),t("concurrent")&&(o.max_concurrent=t("concurrent"));let n=String(e.get("budget")||"").trim();return n&&Number(n)>0&&(o.budget={amount_usd:n,period:e.get("budget_period"),soft:e.get("budget_soft")==="on"}),(t("quota_requests")||t("quota_tokens"))&&(o.quota={requests:String(t("quota_requests")),tokens:String(t("quota_tokens")),period:e.get("quota_period"),soft:e.get("quota_soft")==="on"}),o}function dr(e){return e==="day"?"today":e==="month"?"this month":"this period"}function Ru({policy:e}){let t=e.status||{},o=(n,l,r=$t)=>te(l)?`${r(n)} of ${r(l)}`:r(n);return y`
    <dl class="standing" aria-label="Now">
      <div><dt>Requests this minute</dt><dd>${o(t.requests_this_minute,e.requests_per_minute)}</dd></div>
      <div><dt>Tokens this minute</dt><dd>${o(t.tokens_this_minute,e.tokens_per_minute)}</dd></div>
      <div><dt>In flight</dt><dd>${o(t.in_flight,e.max_concurrent)}</dd></div>
      ${e.budget&&y`<div><dt>Spent ${dr(e.budget.period)}</dt>
        <dd>${yn(t.spent_usd)} of ${yn(e.budget.amount_usd)}</dd></div>`}
      ${e.quota&&y`<div><dt>Requests ${dr(e.quota.period)}</dt>
          <dd>${o(t.requests_this_period,e.quota.requests)}</dd></div>
        <div><dt>Tokens ${dr(e.quota.period)}</dt>
          <dd>${o(t.tokens_this_period,e.quota.tokens)}</dd></div>`}
      ${t.period_end&&y`<div><dt>Period ends</dt><dd>${fr(t.period_end)}</dd></div>`}
    </dl>
  `}function pr({me:e}){let t=e?.role==="admin",[o,n]=P(null),[l,r]=P(null),[s,a]=P(!1),[u,d]=P(!1),[p,h]=P(null),[_,g]=P(null),[v,k]=P(null),[x,A]=P(""),[w,D]=P(new Map),[E,N]=P(""),[S,R]=P([]);ce(()=>{t&&J("GET","/admin/v1/users").then(C=>R((C.users||[]).map(H=>H.name))).catch(()=>R([]))},[t]);let O=tn(async()=>{r(null);try{let[C,H]=await Promise.all([J("GET","/admin/v1/keys?"+Ou(E,s)),J("GET","/admin/v1/limits?scope=key").catch(()=>({}))]);n(C.keys||[]),D(new Map((H?.policies||[]).map(I=>[I.subject,I])))}catch(C){r(C)}},[E,s]);ce(()=>{O()},[O]);let K=C=>{d(!1),h(C),O()},G=async()=>{let C=_;await J("POST",`/admin/v1/keys/${encodeURIComponent(C.id)}:revoke`,{}),A(`Key "${C.name||C.prefix}" revoked.`),O()};return y`
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
      ${o===null?!l&&y`<${xe} />`:o.length===0?y`<p class="empty">No keys yet. Create one with “New key”.</p>`:y`<${Nu} keys=${o} limits=${w} onRevoke=${g} onLimits=${k} />`}
      ${u&&y`<${Si} me=${e} onCreated=${K} onClose=${()=>d(!1)} />`}
      ${p&&y`<${Ti} created=${p} onDone=${()=>h(null)} />`}
      ${_&&y`<${bn} title="Revoke key" confirmLabel="Revoke" onConfirm=${G}
        onClose=${()=>g(null)}
        message=${`Revoke “${_.name||_.prefix}” (${_.prefix}…, owner ${_.user})? It stops working at once; this cannot be undone.`} />`}
      ${v&&y`<${Ci} me=${e} apiKey=${v} hasLimits=${w.has(v.id)}
        onClose=${()=>{k(null),O()}} />`}
    </section>
  `}function Nu({keys:e,limits:t,onRevoke:o,onLimits:n}){return y`
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
          ${e.map(l=>y`<tr key=${l.id}>
              <td data-label="Name"><span>${l.name||y`<em>unnamed</em>`}${l.allowed_models?.length?y`<span class="sub block">models: ${l.allowed_models.join(", ")}</span>`:""}</span></td>
              <td data-label="Key"><span><code>${l.prefix}</code> <code class="masked">${l.masked}</code></span></td>
              <td data-label="Owner">${l.user}</td>
              <td data-label="Created"><${$o} ts=${l.create_time} /></td>
              <td data-label="Last used"><${nn} time=${l.last_used_time} /></td>
              <td data-label="Expires"><${$o} ts=${l.expire_time} none="never" /></td>
              <td data-label="State"><span class=${"badge "+((l.state||"active")==="active"?"ok":"off")}>${l.state||"active"}</span></td>
              <td data-label="Limits" class="limits-cell">${Iu(t.get(l.id))}</td>
              <td class="actions-cell"><div class="row-actions">
                <button type="button" onClick=${()=>n(l)}>Limits</button>
                ${(l.state||"active")==="active"&&y`<button type="button" class="danger" onClick=${()=>o(l)}>Revoke</button>`}
              </div></td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function Ou(e,t){let o=new URLSearchParams;return e&&o.set("user",e),t&&o.set("include_inactive","true"),o.toString()}function Iu(e){if(!e)return y`<span class="muted">none</span>`;let t=[];return Number(e.requests_per_minute)&&t.push(`${e.requests_per_minute} RPM`),Number(e.tokens_per_minute)&&t.push(`${e.tokens_per_minute} TPM`),Number(e.max_concurrent)&&t.push(`${e.max_concurrent} at once`),e.budget?.amount_usd&&t.push(`$${e.budget.amount_usd}/${e.budget.period||"month"}${e.budget.soft?" (soft)":""}`),e.quota&&(Number(e.quota.requests)||Number(e.quota.tokens))&&t.push(`quota/${e.quota.period||"day"}`),t.join(" · ")||y`<span class="muted">none</span>`}var Fu="uplot",zu="u-hz",qu="u-vt",Uu="u-title",Hu="u-wrap",Wu="u-under",Vu="u-over",Gu="u-axis",wn="u-off",Bu="u-select",ju="u-cursor-x",Ku="u-cursor-y",Yu="u-cursor-pt",Ju="u-legend",Qu="u-live",Zu="u-inline",Xu="u-series",ef="u-marker",Ai="u-label",tf="u-value",xo="width",So="height";var Mi="bottom",Qn="left",mr="right",Pr="#000",Pi=Pr+"0",hr="mousemove",Di="mousedown",gr="mouseup",Li="mouseenter",Ri="mouseleave",Ni="dblclick",nf="resize",of="scroll",Oi="change",al="dppxchange",Dr="--",lo=typeof window<"u",$r=lo?document:null,Xn=lo?window:null,lf=lo?navigator:null,de,ll;function wr(){let e=devicePixelRatio;de!=e&&(de=e,ll&&xr(Oi,ll,wr),ll=matchMedia(`(min-resolution: ${de-.001}dppx) and (max-resolution: ${de+.001}dppx)`),kn(Oi,ll,wr),Xn.dispatchEvent(new CustomEvent(al)))}function dt(e,t){if(t!=null){let o=e.classList;!o.contains(t)&&o.add(t)}}function kr(e,t){let o=e.classList;o.contains(t)&&o.remove(t)}function Se(e,t,o){e.style[t]=o+"px"}function At(e,t,o,n){let l=$r.createElement(e);return t!=null&&dt(l,t),o?.insertBefore(l,n),l}function wt(e,t){return At("div",e,t)}var Ii=new WeakMap;function qt(e,t,o,n,l){let r="translate("+t+"px,"+o+"px)",s=Ii.get(e);r!=s&&(e.style.transform=r,Ii.set(e,r),t<0||o<0||t>n||o>l?dt(e,wn):kr(e,wn))}var Fi=new WeakMap;function zi(e,t,o){let n=t+o,l=Fi.get(e);n!=l&&(Fi.set(e,n),e.style.background=t,e.style.borderColor=o)}var qi=new WeakMap;function Ui(e,t,o,n){let l=t+""+o,r=qi.get(e);l!=r&&(qi.set(e,l),e.style.height=o+"px",e.style.width=t+"px",e.style.marginLeft=n?-t/2+"px":0,e.style.marginTop=n?-o/2+"px":0)}var Lr={passive:!0},rf={...Lr,capture:!0};function kn(e,t,o,n){t.addEventListener(e,o,n?rf:Lr)}function xr(e,t,o,n){t.removeEventListener(e,o,Lr)}lo&&wr();function Mt(e,t,o,n){let l;o=o||0,n=n||t.length-1;let r=n<=2147483647;for(;n-o>1;)l=r?o+n>>1:pt((o+n)/2),t[l]<e?o=l:n=l;return e-t[o]<=t[n]-e?o:n}function ha(e){return(o,n,l)=>{let r=-1,s=-1;for(let a=n;a<=l;a++)if(e(o[a])){r=a;break}for(let a=l;a>=n;a--)if(e(o[a])){s=a;break}return[r,s]}}var ga=e=>e!=null,_a=e=>e!=null&&e>0,fl=ha(ga),sf=ha(_a);function af(e,t,o,n=0,l=!1){let r=l?sf:fl,s=l?_a:ga;[t,o]=r(e,t,o);let a=e[t],u=e[t];if(t>-1)if(n==1)a=e[t],u=e[o];else if(n==-1)a=e[o],u=e[t];else for(let d=t;d<=o;d++){let p=e[d];s(p)&&(p<a?a=p:p>u&&(u=p))}return[a??_e,u??-_e]}function dl(e,t,o,n){let l=Vi(e),r=Vi(t);e==t&&(l==-1?(e*=o,t/=o):(e/=o,t*=o));let s=o==10?Vt:ba,a=l==1?pt:kt,u=r==1?kt:pt,d=a(s(qe(e))),p=u(s(qe(t))),h=eo(o,d),_=eo(o,p);return o==10&&(d<0&&(h=be(h,-d)),p<0&&(_=be(_,-p))),n||o==2?(e=h*l,t=_*r):(e=wa(e,h),t=pl(t,_)),[e,t]}function Rr(e,t,o,n){let l=dl(e,t,o,n);return e==0&&(l[0]=0),t==0&&(l[1]=0),l}var Nr=.1,Hi={mode:3,pad:Nr},Eo={pad:0,soft:null,mode:0},cf={min:Eo,max:Eo};function cl(e,t,o,n){return ml(o)?Wi(e,t,o):(Eo.pad=o,Eo.soft=n?0:null,Eo.mode=n?3:0,Wi(e,t,cf))}function ue(e,t){return e??t}function uf(e,t,o){for(t=ue(t,0),o=ue(o,e.length-1);t<=o;){if(e[t]!=null)return!0;t++}return!1}function Wi(e,t,o){let n=o.min,l=o.max,r=ue(n.pad,0),s=ue(l.pad,0),a=ue(n.hard,-_e),u=ue(l.hard,_e),d=ue(n.soft,_e),p=ue(l.soft,-_e),h=ue(n.mode,0),_=ue(l.mode,0),g=t-e,v=Vt(g),k=nt(qe(e),qe(t)),x=Vt(k),A=qe(x-v);(g<1e-24||A>10)&&(g=0,(e==0||t==0)&&(g=1e-24,h==2&&d!=_e&&(r=0),_==2&&p!=-_e&&(s=0)));let w=g||k||1e3,D=Vt(w),E=eo(10,pt(D)),N=w*(g==0?e==0?.1:1:r),S=be(wa(e-N,E/10),24),R=e>=d&&(h==1||h==3&&S<=d||h==2&&S>=d)?d:_e,O=nt(a,S<R&&e>=R?R:Pt(R,S)),K=w*(g==0?t==0?.1:1:s),G=be(pl(t+K,E/10),24),C=t<=p&&(_==1||_==3&&G>=p||_==2&&G<=p)?p:-_e,H=Pt(u,G>C&&t<=C?C:nt(C,G));return O==H&&O==0&&(H=100),[O,H]}var ff=new Intl.NumberFormat(lo?lf.language:"en-US"),Or=e=>ff.format(e),mt=Math,il=mt.PI,qe=mt.abs,pt=mt.floor,ze=mt.round,kt=mt.ceil,Pt=mt.min,nt=mt.max,eo=mt.pow,Vi=mt.sign,Vt=mt.log10,ba=mt.log2,df=(e,t=1)=>mt.sinh(e)*t,_r=(e,t=1)=>mt.asinh(e/t),_e=1/0;function Gi(e){return(Vt((e^e>>31)-(e>>31))|0)+1}function Sr(e,t,o){return Pt(nt(e,t),o)}function ya(e){return typeof e=="function"}function le(e){return ya(e)?e:()=>e}var pf=()=>{},va=e=>e,$a=(e,t)=>t,mf=e=>null,Bi=e=>!0,ji=(e,t)=>e==t,hf=/\.\d*?(?=9{6,}|0{6,})/gm,xn=e=>{if(xa(e)||ln.has(e))return e;let t=`${e}`,o=t.match(hf);if(o==null)return e;let n=o[0].length-1;if(t.indexOf("e-")!=-1){let[l,r]=t.split("e");return+`${xn(l)}e${r}`}return be(e,n)};function vn(e,t){return xn(be(xn(e/t))*t)}function pl(e,t){return xn(kt(xn(e/t))*t)}function wa(e,t){return xn(pt(xn(e/t))*t)}function be(e,t=0){if(xa(e))return e;let o=10**t,n=e*o*(1+Number.EPSILON);return ze(n)/o}var ln=new Map;function ka(e){return((""+e).split(".")[1]||"").length}function Ao(e,t,o,n){let l=[],r=n.map(ka);for(let s=t;s<o;s++){let a=qe(s),u=be(eo(e,s),a);for(let d=0;d<n.length;d++){let p=e==10?+`${n[d]}e${s}`:n[d]*u,h=(s>=0?0:a)+(s>=r[d]?0:r[d]),_=e==10?p:be(p,h);l.push(_),ln.set(_,h)}}return l}var Co={},Ir=[],to=[null,null],on=Array.isArray,xa=Number.isInteger,gf=e=>e===void 0;function Ki(e){return typeof e=="string"}function ml(e){let t=!1;if(e!=null){let o=e.constructor;t=o==null||o==Object}return t}function _f(e){return e!=null&&typeof e=="object"}var bf=Object.getPrototypeOf(Uint8Array),Sa="__proto__";function no(e,t=ml){let o;if(on(e)){let n=e.find(l=>l!=null);if(on(n)||t(n)){o=Array(e.length);for(let l=0;l<e.length;l++)o[l]=no(e[l],t)}else o=e.slice()}else if(e instanceof bf)o=e.slice();else if(t(e)){o={};for(let n in e)n!=Sa&&(o[n]=no(e[n],t))}else o=e;return o}function Oe(e){let t=arguments;for(let o=1;o<t.length;o++){let n=t[o];for(let l in n)l!=Sa&&(ml(e[l])?Oe(e[l],no(n[l])):e[l]=no(n[l]))}return e}var yf=0,vf=1,$f=2;function wf(e,t,o){for(let n=0,l,r=-1;n<t.length;n++){let s=t[n];if(s>r){for(l=s-1;l>=0&&e[l]==null;)e[l--]=null;for(l=s+1;l<o&&e[l]==null;)e[r=l++]=null}}}function kf(e,t){if(Tf(e)){let s=e[0].slice();for(let a=1;a<e.length;a++)s.push(...e[a].slice(1));return Ef(s[0])||(s=Sf(s)),s}let o=new Set;for(let s=0;s<e.length;s++){let u=e[s][0],d=u.length;for(let p=0;p<d;p++)o.add(u[p])}let n=[Array.from(o).sort((s,a)=>s-a)],l=n[0].length,r=new Map;for(let s=0;s<l;s++)r.set(n[0][s],s);for(let s=0;s<e.length;s++){let a=e[s],u=a[0];for(let d=1;d<a.length;d++){let p=a[d],h=Array(l).fill(void 0),_=t?t[s][d]:vf,g=[];for(let v=0;v<p.length;v++){let k=p[v],x=r.get(u[v]);k===null?_!=yf&&(h[x]=k,_==$f&&g.push(x)):h[x]=k}wf(h,g,l),n.push(h)}}return n}var xf=typeof queueMicrotask>"u"?e=>Promise.resolve().then(e):queueMicrotask;function Sf(e){let t=e[0],o=t.length,n=Array(o);for(let r=0;r<n.length;r++)n[r]=r;n.sort((r,s)=>t[r]-t[s]);let l=[];for(let r=0;r<e.length;r++){let s=e[r],a=Array(o);for(let u=0;u<o;u++)a[u]=s[n[u]];l.push(a)}return l}function Tf(e){let t=e[0][0],o=t.length;for(let n=1;n<e.length;n++){let l=e[n][0];if(l.length!=o)return!1;if(l!=t){for(let r=0;r<o;r++)if(l[r]!=t[r])return!1}}return!0}function Ef(e,t=100){let o=e.length;if(o<=1)return!0;let n=0,l=o-1;for(;n<=l&&e[n]==null;)n++;for(;l>=n&&e[l]==null;)l--;if(l<=n)return!0;let r=nt(1,pt((l-n+1)/t));for(let s=e[n],a=n+r;a<=l;a+=r){let u=e[a];if(u!=null){if(u<=s)return!1;s=u}}return!0}var Ta=["January","February","March","April","May","June","July","August","September","October","November","December"],Ea=["Sunday","Monday","Tuesday","Wednesday","Thursday","Friday","Saturday"];function Ca(e){return e.slice(0,3)}var Cf=Ea.map(Ca),Af=Ta.map(Ca),Mf={MMMM:Ta,MMM:Af,WWWW:Ea,WWW:Cf};function ko(e){return(e<10?"0":"")+e}function Pf(e){return(e<10?"00":e<100?"0":"")+e}var Df={YYYY:e=>e.getFullYear(),YY:e=>(e.getFullYear()+"").slice(2),MMMM:(e,t)=>t.MMMM[e.getMonth()],MMM:(e,t)=>t.MMM[e.getMonth()],MM:e=>ko(e.getMonth()+1),M:e=>e.getMonth()+1,DD:e=>ko(e.getDate()),D:e=>e.getDate(),WWWW:(e,t)=>t.WWWW[e.getDay()],WWW:(e,t)=>t.WWW[e.getDay()],HH:e=>ko(e.getHours()),H:e=>e.getHours(),h:e=>{let t=e.getHours();return t==0?12:t>12?t-12:t},AA:e=>e.getHours()>=12?"PM":"AM",aa:e=>e.getHours()>=12?"pm":"am",a:e=>e.getHours()>=12?"p":"a",mm:e=>ko(e.getMinutes()),m:e=>e.getMinutes(),ss:e=>ko(e.getSeconds()),s:e=>e.getSeconds(),fff:e=>Pf(e.getMilliseconds())};function Fr(e,t){t=t||Mf;let o=[],n=/\{([a-z]+)\}|[^{]+/gi,l;for(;l=n.exec(e);)o.push(l[0][0]=="{"?Df[l[1]]:l[0]);return r=>{let s="";for(let a=0;a<o.length;a++)s+=typeof o[a]=="string"?o[a]:o[a](r,t);return s}}var Lf=new Intl.DateTimeFormat().resolvedOptions().timeZone;function Rf(e,t){let o;return t=="UTC"||t=="Etc/UTC"?o=new Date(+e+e.getTimezoneOffset()*6e4):t==Lf?o=e:(o=new Date(e.toLocaleString("en-US",{timeZone:t})),o.setMilliseconds(e.getMilliseconds())),o}var Aa=e=>e%1==0,ul=[1,2,2.5,5],Nf=Ao(10,-32,0,ul),Ma=Ao(10,0,32,ul),Of=Ma.filter(Aa),$n=Nf.concat(Ma),zr=`
`,Pa="{YYYY}",Yi=zr+Pa,Da="{M}/{D}",To=zr+Da,rl=To+"/{YY}",La="{aa}",If="{h}:{mm}",Zn=If+La,Ji=zr+Zn,Qi=":{ss}",me=null;function Ra(e){let t=e*1e3,o=t*60,n=o*60,l=n*24,r=l*30,s=l*365,u=(e==1?Ao(10,0,3,ul).filter(Aa):Ao(10,-3,0,ul)).concat([t,t*5,t*10,t*15,t*30,o,o*5,o*10,o*15,o*30,n,n*2,n*3,n*4,n*6,n*8,n*12,l,l*2,l*3,l*4,l*5,l*6,l*7,l*8,l*9,l*10,l*15,r,r*2,r*3,r*4,r*6,s,s*2,s*5,s*10,s*25,s*50,s*100]),d=[[s,Pa,me,me,me,me,me,me,1],[l*28,"{MMM}",Yi,me,me,me,me,me,1],[l,Da,Yi,me,me,me,me,me,1],[n,"{h}"+La,rl,me,To,me,me,me,1],[o,Zn,rl,me,To,me,me,me,1],[t,Qi,rl+" "+Zn,me,To+" "+Zn,me,Ji,me,1],[e,Qi+".{fff}",rl+" "+Zn,me,To+" "+Zn,me,Ji,me,1]];function p(h){return(_,g,v,k,x,A)=>{let w=[],D=x>=s,E=x>=r&&x<s,N=h(v),S=be(N*e,3),R=br(N.getFullYear(),D?0:N.getMonth(),E||D?1:N.getDate()),O=be(R*e,3);if(E||D){let K=E?x/r:0,G=D?x/s:0,C=S==O?S:be(br(R.getFullYear()+G,R.getMonth()+K,1)*e,3),H=new Date(ze(C/e)),I=H.getFullYear(),Z=H.getMonth();for(let j=0;C<=k;j++){let re=br(I+G*j,Z+K*j,1),B=re-h(be(re*e,3));C=be((+re+B)*e,3),C<=k&&w.push(C)}}else{let K=x>=l?l:x,G=pt(v)-pt(S),C=O+G+pl(S-O,K);w.push(C);let H=h(C),I=H.getHours()+H.getMinutes()/o+H.getSeconds()/n,Z=x/n,j=_.axes[g]._space,re=A/j;for(;C=be(C+x,e==1?0:3),!(C>k);)if(Z>1){let B=pt(be(I+Z,6))%24,ie=h(C).getHours()-B;ie>1&&(ie=-1),C-=ie*n,I=(I+Z)%24;let he=w[w.length-1];be((C-he)/x,3)*re>=.7&&w.push(C)}else w.push(C)}return w}}return[u,d,p]}var[Ff,zf,qf]=Ra(1),[Uf,Hf,Wf]=Ra(.001);Ao(2,-53,53,[1]);function Zi(e,t){return e.map(o=>o.map((n,l)=>l==0||l==8||n==null?n:t(l==1||o[8]==0?n:o[1]+n)))}function Xi(e,t){return(o,n,l,r,s)=>{let a=t.find(v=>s>=v[0])||t[t.length-1],u,d,p,h,_,g;return n.map(v=>{let k=e(v),x=k.getFullYear(),A=k.getMonth(),w=k.getDate(),D=k.getHours(),E=k.getMinutes(),N=k.getSeconds(),S=x!=u&&a[2]||A!=d&&a[3]||w!=p&&a[4]||D!=h&&a[5]||E!=_&&a[6]||N!=g&&a[7]||a[1];return u=x,d=A,p=w,h=D,_=E,g=N,S(k)})}}function Vf(e,t){let o=Fr(t);return(n,l,r,s,a)=>l.map(u=>o(e(u)))}function br(e,t,o){return new Date(e,t,o)}function ea(e,t){return t(e)}var Gf="{YYYY}-{MM}-{DD} {h}:{mm}{aa}";function ta(e,t){return(o,n,l,r)=>r==null?Dr:t(e(n))}function Bf(e,t){let o=e.series[t];return o.width?o.stroke(e,t):o.points.width?o.points.stroke(e,t):null}function jf(e,t){return e.series[t].fill(e,t)}var Kf={show:!0,live:!0,isolate:!1,mount:pf,markers:{show:!0,width:2,stroke:Bf,fill:jf,dash:"solid"},idx:null,idxs:null,values:[]};function Yf(e,t){let o=e.cursor.points,n=wt(),l=o.size(e,t);Se(n,xo,l),Se(n,So,l);let r=l/-2;Se(n,"marginLeft",r),Se(n,"marginTop",r);let s=o.width(e,t,l);return s&&Se(n,"borderWidth",s),n}function Jf(e,t){let o=e.series[t].points;return o._fill||o._stroke}function Qf(e,t){let o=e.series[t].points;return o._stroke||o._fill}function Zf(e,t){return e.series[t].points.size}var yr=[0,0];function Xf(e,t,o){return yr[0]=t,yr[1]=o,yr}function sl(e,t,o,n=!0){return l=>{l.button==0&&(!n||l.target==t)&&o(l)}}function vr(e,t,o,n=!0){return l=>{(!n||l.target==t)&&o(l)}}var ed={show:!0,x:!0,y:!0,lock:!1,move:Xf,points:{one:!1,show:Yf,size:Zf,width:0,stroke:Qf,fill:Jf},bind:{mousedown:sl,mouseup:sl,click:sl,dblclick:sl,mousemove:vr,mouseleave:vr,mouseenter:vr},drag:{setScale:!0,x:!0,y:!1,dist:0,uni:null,click:(e,t)=>{t.stopPropagation(),t.stopImmediatePropagation()},_x:!1,_y:!1},focus:{dist:(e,t,o,n,l)=>n-l,prox:-1,bias:0},hover:{skip:[void 0],prox:null,bias:0},left:-10,top:-10,idx:null,dataIdx:null,idxs:null,event:null},Na={show:!0,stroke:"rgba(0,0,0,0.07)",width:2},qr=Oe({},Na,{filter:$a}),Oa=Oe({},qr,{size:10}),Ia=Oe({},Na,{show:!1}),Ur='12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif, "Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"',Fa="bold "+Ur,za=1.5,na={show:!0,scale:"x",stroke:Pr,space:50,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fa,side:2,grid:qr,ticks:Oa,border:Ia,font:Ur,lineGap:za,rotate:0},td="Value",nd="Time",oa={show:!0,scale:"x",auto:!1,sorted:1,min:_e,max:-_e,idxs:[]};function od(e,t,o,n,l){return t.map(r=>r==null?"":Or(r))}function ld(e,t,o,n,l,r,s){let a=[],u=ln.get(l)||0;o=s?o:be(pl(o,l),u);for(let d=o;d<=n;d=be(d+l,u))a.push(Object.is(d,-0)?0:d);return a}function Tr(e,t,o,n,l,r,s){let a=[],u=e.scales[e.axes[t].scale].log,d=u==10?Vt:ba,p=pt(d(o));l=eo(u,p),u==10&&(l=$n[Mt(l,$n)]);let h=o,_=l*u;u==10&&(_=$n[Mt(_,$n)]);do a.push(h),h=h+l,u==10&&!ln.has(h)&&(h=be(h,ln.get(l))),h>=_&&(l=h,_=l*u,u==10&&(_=$n[Mt(_,$n)]));while(h<=n);return a}function rd(e,t,o,n,l,r,s){let u=e.scales[e.axes[t].scale].asinh,d=n>u?Tr(e,t,nt(u,o),n,l):[u],p=n>=0&&o<=0?[0]:[];return(o<-u?Tr(e,t,nt(u,-n),-o,l):[u]).reverse().map(_=>-_).concat(p,d)}var qa=/./,sd=/[12357]/,id=/[125]/,la=/1/,Er=(e,t,o,n)=>e.map((l,r)=>t==4&&l==0||r%n==0&&o.test(l.toExponential()[l<0?1:0])?l:null);function ad(e,t,o,n,l){let r=e.axes[o],s=r.scale,a=e.scales[s],u=e.valToPos,d=r._space,p=u(10,s),h=u(9,s)-p>=d?qa:u(7,s)-p>=d?sd:u(5,s)-p>=d?id:la;if(h==la){let _=qe(u(1,s)-p);if(_<d)return Er(t.slice().reverse(),a.distr,h,kt(d/_)).reverse()}return Er(t,a.distr,h,1)}function cd(e,t,o,n,l){let r=e.axes[o],s=r.scale,a=r._space,u=e.valToPos,d=qe(u(1,s)-u(2,s));return d<a?Er(t.slice().reverse(),3,qa,kt(a/d)).reverse():t}function ud(e,t,o,n){return n==null?Dr:t==null?"":Or(t)}var ra={show:!0,scale:"y",stroke:Pr,space:30,gap:5,alignTo:1,size:50,labelGap:0,labelSize:30,labelFont:Fa,side:3,grid:qr,ticks:Oa,border:Ia,font:Ur,lineGap:za,rotate:0};function fd(e,t){let o=3+(e||1)*2;return be(o*t,3)}function dd(e,t){let{scale:o,idxs:n}=e.series[0],l=e._data[0],r=e.valToPos(l[n[0]],o,!0),s=e.valToPos(l[n[1]],o,!0),a=qe(s-r),u=e.series[t],d=a/(u.points.space*de);return n[1]-n[0]<=d}var sa={scale:null,auto:!0,sorted:0,min:_e,max:-_e},Ua=(e,t,o,n,l)=>l,ia={show:!0,auto:!0,sorted:0,gaps:Ua,alpha:1,facets:[Oe({},sa,{scale:"x"}),Oe({},sa,{scale:"y"})]},aa={scale:"y",auto:!0,sorted:0,show:!0,spanGaps:!1,gaps:Ua,alpha:1,points:{show:dd,filter:null},values:null,min:_e,max:-_e,idxs:[],path:null,clip:null};function pd(e,t,o,n,l){return o/10}var Ha={time:!0,auto:!0,distr:1,log:10,asinh:1,min:null,max:null,dir:1,ori:0},md=Oe({},Ha,{time:!1,ori:1}),ca={};function Wa(e,t){let o=ca[e];return o||(o={key:e,plots:[],sub(n){o.plots.push(n)},unsub(n){o.plots=o.plots.filter(l=>l!=n)},pub(n,l,r,s,a,u,d){for(let p=0;p<o.plots.length;p++)o.plots[p]!=l&&o.plots[p].pub(n,l,r,s,a,u,d)}},e!=null&&(ca[e]=o)),o}var oo=1,Cr=2;function Sn(e,t,o){let n=e.mode,l=e.series[t],r=n==2?e._data[t]:e._data,s=e.scales,a=e.bbox,u=r[0],d=n==2?r[1]:r[t],p=n==2?s[l.facets[0].scale]:s[e.series[0].scale],h=n==2?s[l.facets[1].scale]:s[l.scale],_=a.left,g=a.top,v=a.width,k=a.height,x=e.valToPosH,A=e.valToPosV;return p.ori==0?o(l,u,d,p,h,x,A,_,g,v,k,gl,ro,bl,Ga,ja):o(l,u,d,p,h,A,x,g,_,k,v,_l,so,Vr,Ba,Ka)}function Hr(e,t){let o=0,n=0,l=ue(e.bands,Ir);for(let r=0;r<l.length;r++){let s=l[r];s.series[0]==t?o=s.dir:s.series[1]==t&&(s.dir==1?n|=1:n|=2)}return[o,n==1?-1:n==2?1:n==3?2:0]}function hd(e,t,o,n,l){let r=e.mode,s=e.series[t],a=r==2?s.facets[1].scale:s.scale,u=e.scales[a];return l==-1?u.min:l==1?u.max:u.distr==3?u.dir==1?u.min:u.max:0}function Gt(e,t,o,n,l,r){return Sn(e,t,(s,a,u,d,p,h,_,g,v,k,x)=>{let A=s.pxRound,w=d.dir*(d.ori==0?1:-1),D=d.ori==0?ro:so,E,N;w==1?(E=o,N=n):(E=n,N=o);let S=A(h(a[E],d,k,g)),R=A(_(u[E],p,x,v)),O=A(h(a[N],d,k,g)),K=A(_(r==1?p.max:p.min,p,x,v)),G=new Path2D(l);return D(G,O,K),D(G,S,K),D(G,S,R),G})}function hl(e,t,o,n,l,r){let s=null;if(e.length>0){s=new Path2D;let a=t==0?bl:Vr,u=o;for(let h=0;h<e.length;h++){let _=e[h];if(_[1]>_[0]){let g=_[0]-u;g>0&&a(s,u,n,g,n+r),u=_[1]}}let d=o+l-u,p=10;d>0&&a(s,u,n-p/2,d,n+r+p)}return s}function gd(e,t,o){let n=e[e.length-1];n&&n[0]==t?n[1]=o:e.push([t,o])}function Wr(e,t,o,n,l,r,s){let a=[],u=e.length;for(let d=l==1?o:n;d>=o&&d<=n;d+=l)if(t[d]===null){let h=d,_=d;if(l==1)for(;++d<=n&&t[d]===null;)_=d;else for(;--d>=o&&t[d]===null;)_=d;let g=r(e[h]),v=_==h?g:r(e[_]),k=h-l;g=s<=0&&k>=0&&k<u?r(e[k]):g;let A=_+l;v=s>=0&&A>=0&&A<u?r(e[A]):v,v>=g&&a.push([g,v])}return a}function ua(e){return e==0?va:e==1?ze:t=>vn(t,e)}function Va(e){let t=e==0?gl:_l,o=e==0?(l,r,s,a,u,d)=>{l.arcTo(r,s,a,u,d)}:(l,r,s,a,u,d)=>{l.arcTo(s,r,u,a,d)},n=e==0?(l,r,s,a,u)=>{l.rect(r,s,a,u)}:(l,r,s,a,u)=>{l.rect(s,r,u,a)};return(l,r,s,a,u,d=0,p=0)=>{d==0&&p==0?n(l,r,s,a,u):(d=Pt(d,a/2,u/2),p=Pt(p,a/2,u/2),t(l,r+d,s),o(l,r+a,s,r+a,s+u,d),o(l,r+a,s+u,r,s+u,p),o(l,r,s+u,r,s,p),o(l,r,s,r+a,s,d),l.closePath())}}var gl=(e,t,o)=>{e.moveTo(t,o)},_l=(e,t,o)=>{e.moveTo(o,t)},ro=(e,t,o)=>{e.lineTo(t,o)},so=(e,t,o)=>{e.lineTo(o,t)},bl=Va(0),Vr=Va(1),Ga=(e,t,o,n,l,r)=>{e.arc(t,o,n,l,r)},Ba=(e,t,o,n,l,r)=>{e.arc(o,t,n,l,r)},ja=(e,t,o,n,l,r,s)=>{e.bezierCurveTo(t,o,n,l,r,s)},Ka=(e,t,o,n,l,r,s)=>{e.bezierCurveTo(o,t,l,n,s,r)};function Ya(e){return(t,o,n,l,r)=>Sn(t,o,(s,a,u,d,p,h,_,g,v,k,x)=>{let{pxRound:A,points:w}=s,D,E;d.ori==0?(D=gl,E=Ga):(D=_l,E=Ba);let N=be(w.width*de,3),S=(w.size-w.width)/2*de,R=be(S*2,3),O=new Path2D,K=new Path2D,{left:G,top:C,width:H,height:I}=t.bbox;bl(K,G-R,C-R,H+R*2,I+R*2);let Z=j=>{if(u[j]!=null){let re=A(h(a[j],d,k,g)),B=A(_(u[j],p,x,v));D(O,re+S,B),E(O,re,B,S,0,il*2)}};if(r)r.forEach(Z);else for(let j=n;j<=l;j++)Z(j);return{stroke:N>0?O:null,fill:O,clip:K,flags:oo|Cr}})}function Ja(e){return(t,o,n,l,r,s)=>{n!=l&&(r!=n&&s!=n&&e(t,o,n),r!=l&&s!=l&&e(t,o,l),e(t,o,s))}}var _d=Ja(ro),bd=Ja(so);function Qa(e){let t=ue(e?.alignGaps,0);return(o,n,l,r)=>Sn(o,n,(s,a,u,d,p,h,_,g,v,k,x)=>{[l,r]=fl(u,l,r);let A=s.pxRound,w=I=>A(h(I,d,k,g)),D=I=>A(_(I,p,x,v)),E,N;d.ori==0?(E=ro,N=_d):(E=so,N=bd);let S=d.dir*(d.ori==0?1:-1),R={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oo},O=R.stroke,K=!1;if(r-l>=k*4){let I=W=>o.posToVal(W,d.key,!0),Z=null,j=null,re,B,ot,Te=w(a[S==1?l:r]),ie=w(a[l]),he=w(a[r]),ne=I(S==1?ie+1:he-1);for(let W=S==1?l:r;W>=l&&W<=r;W+=S){let Ie=a[W],Ee=(S==1?Ie<ne:Ie>ne)?Te:w(Ie),pe=u[W];Ee==Te?pe!=null?(B=pe,Z==null?(E(O,Ee,D(B)),re=Z=j=B):B<Z?Z=B:B>j&&(j=B)):pe===null&&(K=!0):(Z!=null&&N(O,Te,D(Z),D(j),D(re),D(B)),pe!=null?(B=pe,E(O,Ee,D(B)),Z=j=re=B):(Z=j=null,pe===null&&(K=!0)),Te=Ee,ne=I(Te+S))}Z!=null&&Z!=j&&ot!=Te&&N(O,Te,D(Z),D(j),D(re),D(B))}else for(let I=S==1?l:r;I>=l&&I<=r;I+=S){let Z=u[I];Z===null?K=!0:Z!=null&&E(O,w(a[I]),D(Z))}let[C,H]=Hr(o,n);if(s.fill!=null||C!=0){let I=R.fill=new Path2D(O),Z=s.fillTo(o,n,s.min,s.max,C),j=D(Z),re=w(a[l]),B=w(a[r]);S==-1&&([B,re]=[re,B]),E(I,B,j),E(I,re,j)}if(!s.spanGaps){let I=[];K&&I.push(...Wr(a,u,l,r,S,w,t)),R.gaps=I=s.gaps(o,n,l,r,I),R.clip=hl(I,d.ori,g,v,k,x)}return H!=0&&(R.band=H==2?[Gt(o,n,l,r,O,-1),Gt(o,n,l,r,O,1)]:Gt(o,n,l,r,O,H)),R})}function yd(e){let t=ue(e.align,1),o=ue(e.ascDesc,!1),n=ue(e.alignGaps,0),l=ue(e.extend,!1);return(r,s,a,u)=>Sn(r,s,(d,p,h,_,g,v,k,x,A,w,D)=>{[a,u]=fl(h,a,u);let E=d.pxRound,{left:N,width:S}=r.bbox,R=ie=>E(v(ie,_,w,x)),O=ie=>E(k(ie,g,D,A)),K=_.ori==0?ro:so,G={stroke:new Path2D,fill:null,clip:null,band:null,gaps:null,flags:oo},C=G.stroke,H=_.dir*(_.ori==0?1:-1),I=O(h[H==1?a:u]),Z=R(p[H==1?a:u]),j=Z,re=Z;l&&t==-1&&(re=N,K(C,re,I)),K(C,Z,I);for(let ie=H==1?a:u;ie>=a&&ie<=u;ie+=H){let he=h[ie];if(he==null)continue;let ne=R(p[ie]),W=O(he);t==1?K(C,ne,I):K(C,j,W),K(C,ne,W),I=W,j=ne}let B=j;l&&t==1&&(B=N+S,K(C,B,I));let[ot,Te]=Hr(r,s);if(d.fill!=null||ot!=0){let ie=G.fill=new Path2D(C),he=d.fillTo(r,s,d.min,d.max,ot),ne=O(he);K(ie,B,ne),K(ie,re,ne)}if(!d.spanGaps){let ie=[];ie.push(...Wr(p,h,a,u,H,R,n));let he=d.width*de/2,ne=o||t==1?he:-he,W=o||t==-1?-he:he;ie.forEach(Ie=>{Ie[0]+=ne,Ie[1]+=W}),G.gaps=ie=d.gaps(r,s,a,u,ie),G.clip=hl(ie,_.ori,x,A,w,D)}return Te!=0&&(G.band=Te==2?[Gt(r,s,a,u,C,-1),Gt(r,s,a,u,C,1)]:Gt(r,s,a,u,C,Te)),G})}function fa(e,t,o,n,l,r,s=_e){if(e.length>1){let a=null;for(let u=0,d=1/0;u<e.length;u++)if(t[u]!==void 0){if(a!=null){let p=qe(e[u]-e[a]);p<d&&(d=p,s=qe(o(e[u],n,l,r)-o(e[a],n,l,r)))}a=u}}return s}function vd(e){e=e||Co;let t=ue(e.size,[.6,_e,1]),o=e.align||0,n=e.gap||0,l=e.radius;l=l==null?[0,0]:typeof l=="number"?[l,0]:l;let r=le(l),s=1-t[0],a=ue(t[1],_e),u=ue(t[2],1),d=ue(e.disp,Co),p=ue(e.each,g=>{}),{fill:h,stroke:_}=d;return(g,v,k,x)=>Sn(g,v,(A,w,D,E,N,S,R,O,K,G,C)=>{let H=A.pxRound,I=o,Z=n*de,j=a*de,re=u*de,B,ot;E.ori==0?[B,ot]=r(g,v):[ot,B]=r(g,v);let Te=E.dir*(E.ori==0?1:-1),ie=E.ori==0?bl:Vr,he=E.ori==0?p:(q,ye,Fe,Dn,cn,Lt,un)=>{p(q,ye,Fe,cn,Dn,un,Lt)},ne=ue(g.bands,Ir).find(q=>q.series[0]==v),W=ne!=null?ne.dir:0,Ie=A.fillTo(g,v,A.min,A.max,W),Qe=H(R(Ie,N,C,K)),Ee,pe,xt,st=G,Ae=H(A.width*de),Dt=!1,Ut=null,ht=null,Bt=null,An=null;h!=null&&(Ae==0||_!=null)&&(Dt=!0,Ut=h.values(g,v,k,x),ht=new Map,new Set(Ut).forEach(q=>{q!=null&&ht.set(q,new Path2D)}),Ae>0&&(Bt=_.values(g,v,k,x),An=new Map,new Set(Bt).forEach(q=>{q!=null&&An.set(q,new Path2D)})));let{x0:Mn,size:io}=d;if(Mn!=null&&io!=null){I=1,w=Mn.values(g,v,k,x),Mn.unit==2&&(w=w.map(Fe=>g.posToVal(O+Fe*G,E.key,!0)));let q=io.values(g,v,k,x);io.unit==2?pe=q[0]*G:pe=S(q[0],E,G,O)-S(0,E,G,O),st=fa(w,D,S,E,G,O,st),xt=st-pe+Z}else st=fa(w,D,S,E,G,O,st),xt=st*s+Z,pe=st-xt;xt<1&&(xt=0),Ae>=pe/2&&(Ae=0),xt<5&&(H=va);let Mo=xt>0,sn=st-xt-(Mo?Ae:0);pe=H(Sr(sn,re,j)),Ee=(I==0?pe/2:I==Te?0:pe)-I*Te*((I==0?Z/2:0)+(Mo?Ae/2:0));let Ze={stroke:null,fill:null,clip:null,band:null,gaps:null,flags:0},Pn=Dt?null:new Path2D,Ht=null;if(ne!=null)Ht=g.data[ne.series[1]];else{let{y0:q,y1:ye}=d;q!=null&&ye!=null&&(D=ye.values(g,v,k,x),Ht=q.values(g,v,k,x))}let an=B*pe,ee=ot*pe;for(let q=Te==1?k:x;q>=k&&q<=x;q+=Te){let ye=D[q];if(ye==null)continue;if(Ht!=null){let lt=Ht[q]??0;if(ye-lt==0)continue;Qe=R(lt,N,C,K)}let Fe=E.distr!=2||d!=null?w[q]:q,Dn=S(Fe,E,G,O),cn=R(ue(ye,Ie),N,C,K),Lt=H(Dn-Ee),un=H(nt(cn,Qe)),it=H(Pt(cn,Qe)),gt=un-it;if(ye!=null){let lt=ye<0?ee:an,St=ye<0?an:ee;Dt?(Ae>0&&Bt[q]!=null&&ie(An.get(Bt[q]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),lt,St),Ut[q]!=null&&ie(ht.get(Ut[q]),Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),lt,St)):ie(Pn,Lt,it+pt(Ae/2),pe,nt(0,gt-Ae),lt,St),he(g,v,q,Lt-Ae/2,it,pe+Ae,gt)}}return Ae>0?Ze.stroke=Dt?An:Pn:Dt||(Ze._fill=A.width==0?A._fill:A._stroke??A._fill,Ze.width=0),Ze.fill=Dt?ht:Pn,Ze})}function $d(e,t){let o=ue(t?.alignGaps,0);return(n,l,r,s)=>Sn(n,l,(a,u,d,p,h,_,g,v,k,x,A)=>{[r,s]=fl(d,r,s);let w=a.pxRound,D=B=>w(_(B,p,x,v)),E=B=>w(g(B,h,A,k)),N,S,R;p.ori==0?(N=gl,R=ro,S=ja):(N=_l,R=so,S=Ka);let O=p.dir*(p.ori==0?1:-1),K=D(u[O==1?r:s]),G=K,C=[],H=[];for(let B=O==1?r:s;B>=r&&B<=s;B+=O)if(d[B]!=null){let Te=u[B],ie=D(Te);C.push(G=ie),H.push(E(d[B]))}let I={stroke:e(C,H,N,R,S,w),fill:null,clip:null,band:null,gaps:null,flags:oo},Z=I.stroke,[j,re]=Hr(n,l);if(a.fill!=null||j!=0){let B=I.fill=new Path2D(Z),ot=a.fillTo(n,l,a.min,a.max,j),Te=E(ot);R(B,G,Te),R(B,K,Te)}if(!a.spanGaps){let B=[];B.push(...Wr(u,d,r,s,O,D,o)),I.gaps=B=a.gaps(n,l,r,s,B),I.clip=hl(B,p.ori,v,k,x,A)}return re!=0&&(I.band=re==2?[Gt(n,l,r,s,Z,-1),Gt(n,l,r,s,Z,1)]:Gt(n,l,r,s,Z,re)),I})}function wd(e){return $d(kd,e)}function kd(e,t,o,n,l,r){let s=e.length;if(s<2)return null;let a=new Path2D;if(o(a,e[0],t[0]),s==2)n(a,e[1],t[1]);else{let u=Array(s),d=Array(s-1),p=Array(s-1),h=Array(s-1);for(let _=0;_<s-1;_++)p[_]=t[_+1]-t[_],h[_]=e[_+1]-e[_],d[_]=p[_]/h[_];u[0]=d[0];for(let _=1;_<s-1;_++)d[_]===0||d[_-1]===0||d[_-1]>0!=d[_]>0?u[_]=0:(u[_]=3*(h[_-1]+h[_])/((2*h[_]+h[_-1])/d[_-1]+(h[_]+2*h[_-1])/d[_]),isFinite(u[_])||(u[_]=0));u[s-1]=d[s-2];for(let _=0;_<s-1;_++)l(a,e[_]+h[_]/3,t[_]+u[_]*h[_]/3,e[_+1]-h[_]/3,t[_+1]-u[_+1]*h[_]/3,e[_+1],t[_+1])}return a}var Ar=new Set;function da(){for(let e of Ar)e.syncRect(!0)}lo&&(kn(nf,Xn,da),kn(of,Xn,da,!0),kn(al,Xn,()=>{je.pxRatio=de}));var xd=Qa(),Sd=Ya();function pa(e,t,o,n){return(n?[e[0],e[1]].concat(e.slice(2)):[e[0]].concat(e.slice(1))).map((r,s)=>Mr(r,s,t,o))}function Td(e,t){return e.map((o,n)=>n==0?{}:Oe({},t,o))}function Mr(e,t,o,n){return Oe({},t==0?o:n,e)}function Za(e,t,o){return t==null?to:[t,o]}var Ed=Za;function Cd(e,t,o){return t==null?to:cl(t,o,Nr,!0)}function Xa(e,t,o,n){return t==null?to:dl(t,o,e.scales[n].log,!1)}var Ad=Xa;function ec(e,t,o,n){return t==null?to:Rr(t,o,e.scales[n].log,!1)}var Md=ec;function Pd(e,t,o,n,l){let r=nt(Gi(e),Gi(t)),s=t-e,a=Mt(l/n*s,o);do{let u=o[a],d=n*u/s;if(d>=l&&r+(u<5?ln.get(u):0)<=17)return[u,d]}while(++a<o.length);return[0,0]}function ma(e){let t,o;return e=e.replace(/(\d+)px/,(n,l)=>(t=ze((o=+l)*de))+"px"),[e,t,o]}function Dd(e){e.show&&[e.font,e.labelFont].forEach(t=>{let o=be(t[2]*de,1);t[0]=t[0].replace(/[0-9.]+px/,o+"px"),t[1]=o})}function je(e,t,o){let n={mode:ue(e.mode,1)},l=n.mode;function r(i,c,f,m){let b=c.valToPct(i);return m+f*(c.dir==-1?1-b:b)}function s(i,c,f,m){let b=c.valToPct(i);return m+f*(c.dir==-1?b:1-b)}function a(i,c,f,m){return c.ori==0?r(i,c,f,m):s(i,c,f,m)}n.valToPosH=r,n.valToPosV=s;let u=!1;n.status=0;let d=n.root=wt(Fu);if(e.id!=null&&(d.id=e.id),dt(d,e.class),e.title){let i=wt(Uu,d);i.textContent=e.title}let p=At("canvas"),h=n.ctx=p.getContext("2d"),_=wt(Hu,d);kn("click",_,i=>{i.target===v&&($e!=Wn||Ce!=Vn)&&Ye.click(n,i)},!0);let g=n.under=wt(Wu,_);_.appendChild(p);let v=n.over=wt(Vu,_);e=no(e);let k=+ue(e.pxAlign,1),x=ua(k);(e.plugins||[]).forEach(i=>{i.opts&&(e=i.opts(n,e)||e)});let A=e.ms||.001,w=n.series=l==1?pa(e.series||[],oa,aa,!1):Td(e.series||[null],ia),D=n.axes=pa(e.axes||[],na,ra,!0),E=n.scales={},N=n.bands=e.bands||[];N.forEach(i=>{i.fill=le(i.fill||null),i.dir=ue(i.dir,-1)});let S=l==2?w[1].facets[0].scale:w[0].scale,R={axes:Nc,series:Mc},O=(e.drawOrder||["axes","series"]).map(i=>R[i]);function K(i){let c=i.distr==3?f=>Vt(f>0?f:i.clamp(n,f,i.min,i.max,i.key)):i.distr==4?f=>_r(f,i.asinh):i.distr==100?f=>i.fwd(f):f=>f;return f=>{let m=c(f),{_min:b,_max:$}=i,T=$-b;return(m-b)/T}}function G(i){let c=E[i];if(c==null){let f=(e.scales||Co)[i]||Co;if(f.from!=null){G(f.from);let m=Oe({},E[f.from],f,{key:i});m.valToPct=K(m),E[i]=m}else{c=E[i]=Oe({},i==S?Ha:md,f),c.key=i;let m=c.time,b=c.range,$=on(b);if((i!=S||l==2&&!m)&&($&&(b[0]==null||b[1]==null)&&(b={min:b[0]==null?Hi:{mode:1,hard:b[0],soft:b[0]},max:b[1]==null?Hi:{mode:1,hard:b[1],soft:b[1]}},$=!1),!$&&ml(b))){let T=b;b=(M,L,F)=>L==null?to:cl(L,F,T)}c.range=le(b||(m?Ed:i==S?c.distr==3?Ad:c.distr==4?Md:Za:c.distr==3?Xa:c.distr==4?ec:Cd)),c.auto=le($?!1:c.auto),c.clamp=le(c.clamp||pd),c._min=c._max=null,c.valToPct=K(c)}}}G("x"),G("y"),l==1&&w.forEach(i=>{G(i.scale)}),D.forEach(i=>{G(i.scale)});for(let i in e.scales)G(i);let C=E[S],H=C.distr,I,Z;C.ori==0?(dt(d,zu),I=r,Z=s):(dt(d,qu),I=s,Z=r);let j={};for(let i in E){let c=E[i];(c.min!=null||c.max!=null)&&(j[i]={min:c.min,max:c.max},c.min=c.max=null)}let re=e.tzDate||(i=>new Date(ze(i/A))),B=e.fmtDate||Fr,ot=A==1?qf(re):Wf(re),Te=Xi(re,Zi(A==1?zf:Hf,B)),ie=ta(re,ea(Gf,B)),he=[],ne=n.legend=Oe({},Kf,e.legend),W=n.cursor=Oe({},ed,{drag:{y:l==2}},e.cursor),Ie=ne.show,Qe=W.show,Ee=ne.markers;ne.idxs=he,Ee.width=le(Ee.width),Ee.dash=le(Ee.dash),Ee.stroke=le(Ee.stroke),Ee.fill=le(Ee.fill);let pe,xt,st,Ae=[],Dt=[],Ut,ht=!1,Bt={};if(ne.live){let i=w[1]?w[1].values:null;ht=i!=null,Ut=ht?i(n,1,0):{_:0};for(let c in Ut)Bt[c]=Dr}if(Ie)if(pe=At("table",Ju,d),st=At("tbody",null,pe),ne.mount(n,pe),ht){xt=At("thead",null,pe,st);let i=At("tr",null,xt);At("th",null,i);for(var An in Ut)At("th",Ai,i).textContent=An}else dt(pe,Zu),ne.live&&dt(pe,Qu);let Mn={show:!0},io={show:!1};function Mo(i,c){if(c==0&&(ht||!ne.live||l==2))return to;let f=[],m=At("tr",Xu,st,st.childNodes[c]);dt(m,i.class),i.show||dt(m,wn);let b=At("th",null,m);if(Ee.show){let M=wt(ef,b);if(c>0){let L=Ee.width(n,c);L&&(M.style.border=L+"px "+Ee.dash(n,c)+" "+Ee.stroke(n,c)),M.style.background=Ee.fill(n,c)}}let $=wt(Ai,b);i.label instanceof HTMLElement?$.appendChild(i.label):$.textContent=i.label,c>0&&(Ee.show||($.style.color=i.width>0?Ee.stroke(n,c):Ee.fill(n,c)),Ze("click",b,M=>{if(W._lock)return;dn(M);let L=w.indexOf(i);if((M.ctrlKey||M.metaKey)!=ne.isolate){let F=w.some((z,U)=>U>0&&U!=L&&z.show);w.forEach((z,U)=>{U>0&&Nt(U,F?U==L?Mn:io:Mn,!0,Le.setSeries)})}else Nt(L,{show:!i.show},!0,Le.setSeries)},!1),Rn&&Ze(Li,b,M=>{W._lock||(dn(M),Nt(w.indexOf(i),Bn,!0,Le.setSeries))},!1));for(var T in Ut){let M=At("td",tf,m);M.textContent="--",f.push(M)}return[m,f]}let sn=new Map;function Ze(i,c,f,m=!0){let b=sn.get(c)||{},$=W.bind[i](n,c,f,m);$&&(kn(i,c,b[i]=$),sn.set(c,b))}function Pn(i,c,f){let m=sn.get(c)||{};for(let b in m)(i==null||b==i)&&(xr(b,c,m[b]),delete m[b]);i==null&&sn.delete(c)}let Ht=0,an=0,ee=0,q=0,ye=0,Fe=0,Dn=ye,cn=Fe,Lt=ee,un=q,it=0,gt=0,lt=0,St=0;n.bbox={};let $l=!1,Po=!1,Ln=!1,fn=!1,Do=!1,_t=!1;function wl(i,c,f){(f||i!=n.width||c!=n.height)&&Qr(i,c),zn(!1),Ln=!0,Po=!0,qn()}function Qr(i,c){n.width=Ht=ee=i,n.height=an=q=c,ye=Fe=0,kc(),xc();let f=n.bbox;it=f.left=vn(ye*de,.5),gt=f.top=vn(Fe*de,.5),lt=f.width=vn(ee*de,.5),St=f.height=vn(q*de,.5)}let vc=3;function $c(){let i=!1,c=0;for(;!i;){c++;let f=Lc(c),m=Rc(c);i=c==vc||f&&m,i||(Qr(n.width,n.height),Po=!0)}}function wc({width:i,height:c}){wl(i,c)}n.setSize=wc;function kc(){let i=!1,c=!1,f=!1,m=!1;D.forEach((b,$)=>{if(b.show&&b._show){let{side:T,_size:M}=b,L=T%2,F=b.label!=null?b.labelSize:0,z=M+F;z>0&&(L?(ee-=z,T==3?(ye+=z,m=!0):f=!0):(q-=z,T==0?(Fe+=z,i=!0):c=!0))}}),pn[0]=i,pn[1]=f,pn[2]=c,pn[3]=m,ee-=jt[1]+jt[3],ye+=jt[3],q-=jt[2]+jt[0],Fe+=jt[0]}function xc(){let i=ye+ee,c=Fe+q,f=ye,m=Fe;function b($,T){switch($){case 1:return i+=T,i-T;case 2:return c+=T,c-T;case 3:return f-=T,f+T;case 0:return m-=T,m+T}}D.forEach(($,T)=>{if($.show&&$._show){let M=$.side;$._pos=b(M,$._size),$.label!=null&&($._lpos=b(M,$.labelSize))}})}if(W.dataIdx==null){let i=W.hover,c=i.skip=new Set(i.skip??[]);c.add(void 0);let f=i.prox=le(i.prox),m=i.bias??(i.bias=0);W.dataIdx=(b,$,T,M)=>{if($==0)return T;let L=T,F=f(b,$,T,M)??_e,z=F>=0&&F<_e,U=C.ori==0?ee:q,X=W.left,fe=t[0],ae=t[$];if(c.has(ae[T])){L=null;let oe=null,Y=null,V;if(m==0||m==-1)for(V=T;oe==null&&V-- >0;)c.has(ae[V])||(oe=V);if(m==0||m==1)for(V=T;Y==null&&V++<ae.length;)c.has(ae[V])||(Y=V);if(oe!=null||Y!=null)if(z){let ke=oe==null?-1/0:I(fe[oe],C,U,0),Me=Y==null?1/0:I(fe[Y],C,U,0),Be=X-ke,ge=Me-X;Be<=ge?Be<=F&&(L=oe):ge<=F&&(L=Y)}else L=Y==null?oe:oe==null?Y:T-oe<=Y-T?oe:Y}else z&&qe(X-I(fe[T],C,U,0))>F&&(L=null);return L}}let dn=i=>{W.event=i};W.idxs=he,W._lock=!1;let Je=W.points;Je.show=le(Je.show),Je.size=le(Je.size),Je.stroke=le(Je.stroke),Je.width=le(Je.width),Je.fill=le(Je.fill);let Rt=n.focus=Oe({},e.focus||{alpha:.3},W.focus),Rn=Rt.prox>=0,Nn=Rn&&Je.one,bt=[],On=[],In=[];function Zr(i,c){let f=Je.show(n,c);if(f instanceof HTMLElement)return dt(f,Yu),dt(f,i.class),qt(f,-10,-10,ee,q),v.insertBefore(f,bt[c]),f}function Xr(i,c){if(l==1||c>0){let f=l==1&&E[i.scale].time,m=i.value;i.value=f?Ki(m)?ta(re,ea(m,B)):m||ie:m||ud,i.label=i.label||(f?nd:td)}if(Nn||c>0){i.width=i.width==null?1:i.width,i.paths=i.paths||xd||mf,i.fillTo=le(i.fillTo||hd),i.pxAlign=+ue(i.pxAlign,k),i.pxRound=ua(i.pxAlign),i.stroke=le(i.stroke||null),i.fill=le(i.fill||null),i._stroke=i._fill=i._paths=i._focus=null;let f=fd(nt(1,i.width),1),m=i.points=Oe({},{size:f,width:nt(1,f*.2),stroke:i.stroke,space:f*2,paths:Sd,_stroke:null,_fill:null},i.points);m.show=le(m.show),m.filter=le(m.filter),m.fill=le(m.fill),m.stroke=le(m.stroke),m.paths=le(m.paths),m.pxAlign=i.pxAlign}if(Ie){let f=Mo(i,c);Ae.splice(c,0,f[0]),Dt.splice(c,0,f[1]),ne.values.push(null)}if(Qe){he.splice(c,0,null);let f=null;Nn?c==0&&(f=Zr(i,c)):c>0&&(f=Zr(i,c)),bt.splice(c,0,f),On.splice(c,0,0),In.splice(c,0,0)}Ge("addSeries",c)}function Sc(i,c){c=c??w.length,i=l==1?Mr(i,c,oa,aa):Mr(i,c,{},ia),w.splice(c,0,i),Xr(w[c],c)}n.addSeries=Sc;function Tc(i){if(w.splice(i,1),Ie){ne.values.splice(i,1),Dt.splice(i,1);let c=Ae.splice(i,1)[0];Pn(null,c.firstChild),c.remove()}Qe&&(he.splice(i,1),bt.splice(i,1)[0].remove(),On.splice(i,1),In.splice(i,1)),Ge("delSeries",i)}n.delSeries=Tc;let pn=[!1,!1,!1,!1];function Ec(i,c){if(i._show=i.show,i.show){let f=i.side%2,m=E[i.scale];m==null&&(i.scale=f?w[1].scale:S,m=E[i.scale]);let b=m.time;i.size=le(i.size),i.space=le(i.space),i.rotate=le(i.rotate),on(i.incrs)&&i.incrs.forEach(T=>{!ln.has(T)&&ln.set(T,ka(T))}),i.incrs=le(i.incrs||(m.distr==2?Of:b?A==1?Ff:Uf:$n)),i.splits=le(i.splits||(b&&m.distr==1?ot:m.distr==3?Tr:m.distr==4?rd:ld)),i.stroke=le(i.stroke),i.grid.stroke=le(i.grid.stroke),i.ticks.stroke=le(i.ticks.stroke),i.border.stroke=le(i.border.stroke);let $=i.values;i.values=on($)&&!on($[0])?le($):b?on($)?Xi(re,Zi($,B)):Ki($)?Vf(re,$):$||Te:$||od,i.filter=le(i.filter||(m.distr>=3&&m.log==10?ad:m.distr==3&&m.log==2?cd:$a)),i.font=ma(i.font),i.labelFont=ma(i.labelFont),i._size=i.size(n,null,c,0),i._space=i._rotate=i._incrs=i._found=i._splits=i._values=null,i._size>0&&(pn[c]=!0,i._el=wt(Gu,_))}}function ao(i,c,f,m){let[b,$,T,M]=f,L=c%2,F=0;return L==0&&(M||$)&&(F=c==0&&!b||c==2&&!T?ze(na.size/3):0),L==1&&(b||T)&&(F=c==1&&!$||c==3&&!M?ze(ra.size/2):0),F}let es=n.padding=(e.padding||[ao,ao,ao,ao]).map(i=>le(ue(i,ao))),jt=n._padding=es.map((i,c)=>i(n,c,pn,0)),Ke,Ue=null,He=null,Lo=l==1?w[0].idxs:null,Tt=null,co=!1;function ts(i,c){if(t=i??[],n.data=n._data=t,l==2){Ke=0;for(let f=1;f<w.length;f++)Ke+=t[f][0].length}else{t.length==0&&(n.data=n._data=t=[[]]),Tt=t[0],Ke=Tt.length;let f=t;if(H==2){f=t.slice();let m=f[0]=Array(Ke);for(let b=0;b<Ke;b++)m[b]=b}n._data=t=f}if(zn(!0),Ge("setData"),H==2&&(Ln=!0),c!==!1){let f=C;f.auto(n,co)?kl():Yt(S,f.min,f.max),fn=fn||W.left>=0,_t=!0,qn()}}n.setData=ts;function kl(){co=!0;let i,c;l==1&&(Ke>0?(Ue=Lo[0]=0,He=Lo[1]=Ke-1,i=t[0][Ue],c=t[0][He],H==2?(i=Ue,c=He):i==c&&(H==3?[i,c]=dl(i,i,C.log,!1):H==4?[i,c]=Rr(i,i,C.log,!1):C.time?c=i+ze(86400/A):[i,c]=cl(i,c,Nr,!0))):(Ue=Lo[0]=i=null,He=Lo[1]=c=null)),Yt(S,i,c)}let Ro,Fn,xl,Sl,Tl,El,Cl,Al,Ml,rt;function ns(i,c,f,m,b,$){i??(i=Pi),f??(f=Ir),m??(m="butt"),b??(b=Pi),$??($="round"),i!=Ro&&(h.strokeStyle=Ro=i),b!=Fn&&(h.fillStyle=Fn=b),c!=xl&&(h.lineWidth=xl=c),$!=Tl&&(h.lineJoin=Tl=$),m!=El&&(h.lineCap=El=m),f!=Sl&&h.setLineDash(Sl=f)}function os(i,c,f,m){c!=Fn&&(h.fillStyle=Fn=c),i!=Cl&&(h.font=Cl=i),f!=Al&&(h.textAlign=Al=f),m!=Ml&&(h.textBaseline=Ml=m)}function Pl(i,c,f,m,b=0){if(m.length>0&&i.auto(n,co)&&(c==null||c.min==null)){let $=ue(Ue,0),T=ue(He,m.length-1),M=f.min==null?af(m,$,T,b,i.distr==3):[f.min,f.max];i.min=Pt(i.min,f.min=M[0]),i.max=nt(i.max,f.max=M[1])}}let ls={min:null,max:null};function Cc(){for(let m in E){let b=E[m];j[m]==null&&(b.min==null||j[S]!=null&&b.auto(n,co))&&(j[m]=ls)}for(let m in E){let b=E[m];j[m]==null&&b.from!=null&&j[b.from]!=null&&(j[m]=ls)}j[S]!=null&&zn(!0);let i={};for(let m in j){let b=j[m];if(b!=null){let $=i[m]=no(E[m],_f);if(b.min!=null)Oe($,b);else if(m!=S||l==2)if(Ke==0&&$.from==null){let T=$.range(n,null,null,m);$.min=T[0],$.max=T[1]}else $.min=_e,$.max=-_e}}if(Ke>0){w.forEach((m,b)=>{if(l==1){let $=m.scale,T=j[$];if(T==null)return;let M=i[$];if(b==0){let L=M.range(n,M.min,M.max,$);M.min=L[0],M.max=L[1],Ue=Mt(M.min,t[0]),He=Mt(M.max,t[0]),He-Ue>1&&(t[0][Ue]<M.min&&Ue++,t[0][He]>M.max&&He--),m.min=Tt[Ue],m.max=Tt[He]}else m.show&&m.auto&&Pl(M,T,m,t[b],m.sorted);m.idxs[0]=Ue,m.idxs[1]=He}else if(b>0&&m.show&&m.auto){let[$,T]=m.facets,M=$.scale,L=T.scale,[F,z]=t[b],U=i[M],X=i[L];U!=null&&Pl(U,j[M],$,F,$.sorted),X!=null&&Pl(X,j[L],T,z,T.sorted),m.min=T.min,m.max=T.max}});for(let m in i){let b=i[m],$=j[m];if(b.from==null&&($==null||$.min==null)){let T=b.range(n,b.min==_e?null:b.min,b.max==-_e?null:b.max,m);b.min=T[0],b.max=T[1]}}}for(let m in i){let b=i[m];if(b.from!=null){let $=i[b.from];if($.min==null)b.min=b.max=null;else{let T=b.range(n,$.min,$.max,m);b.min=T[0],b.max=T[1]}}}let c={},f=!1;for(let m in i){let b=i[m],$=E[m];if($.min!=b.min||$.max!=b.max){$.min=b.min,$.max=b.max;let T=$.distr;$._min=T==3?Vt($.min):T==4?_r($.min,$.asinh):T==100?$.fwd($.min):$.min,$._max=T==3?Vt($.max):T==4?_r($.max,$.asinh):T==100?$.fwd($.max):$.max,c[m]=f=!0}}if(f){w.forEach((m,b)=>{l==2?b>0&&c.y&&(m._paths=null):c[m.scale]&&(m._paths=null)});for(let m in c)Ln=!0,Ge("setScale",m);Qe&&W.left>=0&&(fn=_t=!0)}for(let m in j)j[m]=null}function Ac(i){let c=Sr(Ue-1,0,Ke-1),f=Sr(He+1,0,Ke-1);for(;i[c]==null&&c>0;)c--;for(;i[f]==null&&f<Ke-1;)f++;return[c,f]}function Mc(){if(Ke>0){let i=w.some(c=>c._focus)&&rt!=Rt.alpha;i&&(h.globalAlpha=rt=Rt.alpha),w.forEach((c,f)=>{if(f>0&&c.show&&(rs(f,!1),rs(f,!0),c._paths==null)){let m=rt;rt!=c.alpha&&(h.globalAlpha=rt=c.alpha);let b=l==2?[0,t[f][0].length-1]:Ac(t[f]);c._paths=c.paths(n,f,b[0],b[1]),rt!=m&&(h.globalAlpha=rt=m)}}),w.forEach((c,f)=>{if(f>0&&c.show){let m=rt;rt!=c.alpha&&(h.globalAlpha=rt=c.alpha),c._paths!=null&&ss(f,!1);{let b=c._paths!=null?c._paths.gaps:null,$=c.points.show(n,f,Ue,He,b),T=c.points.filter(n,f,$,b);($||T)&&(c.points._paths=c.points.paths(n,f,Ue,He,T),ss(f,!0))}rt!=m&&(h.globalAlpha=rt=m),Ge("drawSeries",f)}}),i&&(h.globalAlpha=rt=1)}}function rs(i,c){let f=c?w[i].points:w[i];f._stroke=f.stroke(n,i),f._fill=f.fill(n,i)}function ss(i,c){let f=c?w[i].points:w[i],{stroke:m,fill:b,clip:$,flags:T,_stroke:M=f._stroke,_fill:L=f._fill,_width:F=f.width}=f._paths;F=be(F*de,3);let z=null,U=F%2/2;c&&L==null&&(L=F>0?"#fff":M);let X=f.pxAlign==1&&U>0;if(X&&h.translate(U,U),!c){let fe=it-F/2,ae=gt-F/2,oe=lt+F,Y=St+F;z=new Path2D,z.rect(fe,ae,oe,Y)}c?Dl(M,F,f.dash,f.cap,L,m,b,T,$):Pc(i,M,F,f.dash,f.cap,L,m,b,T,z,$),X&&h.translate(-U,-U)}function Pc(i,c,f,m,b,$,T,M,L,F,z){let U=!1;L!=0&&N.forEach((X,fe)=>{if(X.series[0]==i){let ae=w[X.series[1]],oe=t[X.series[1]],Y=(ae._paths||Co).band;on(Y)&&(Y=X.dir==1?Y[0]:Y[1]);let V,ke=null;ae.show&&Y&&uf(oe,Ue,He)?(ke=X.fill(n,fe)||$,V=ae._paths.clip):Y=null,Dl(c,f,m,b,ke,T,M,L,F,z,V,Y),U=!0}}),U||Dl(c,f,m,b,$,T,M,L,F,z)}let is=oo|Cr;function Dl(i,c,f,m,b,$,T,M,L,F,z,U){ns(i,c,f,m,b),(L||F||U)&&(h.save(),L&&h.clip(L),F&&h.clip(F)),U?(M&is)==is?(h.clip(U),z&&h.clip(z),Oo(b,T),No(i,$,c)):M&Cr?(Oo(b,T),h.clip(U),No(i,$,c)):M&oo&&(h.save(),h.clip(U),z&&h.clip(z),Oo(b,T),h.restore(),No(i,$,c)):(Oo(b,T),No(i,$,c)),(L||F||U)&&h.restore()}function No(i,c,f){f>0&&(c instanceof Map?c.forEach((m,b)=>{h.strokeStyle=Ro=b,h.stroke(m)}):c!=null&&i&&h.stroke(c))}function Oo(i,c){c instanceof Map?c.forEach((f,m)=>{h.fillStyle=Fn=m,h.fill(f)}):c!=null&&i&&h.fill(c)}function Dc(i,c,f,m){let b=D[i],$;if(m<=0)$=[0,0];else{let T=b._space=b.space(n,i,c,f,m),M=b._incrs=b.incrs(n,i,c,f,m,T);$=Pd(c,f,M,m,T)}return b._found=$}function Ll(i,c,f,m,b,$,T,M,L,F){let z=T%2/2;k==1&&h.translate(z,z),ns(M,T,L,F,M),h.beginPath();let U,X,fe,ae,oe=b+(m==0||m==3?-$:$);f==0?(X=b,ae=oe):(U=b,fe=oe);for(let Y=0;Y<i.length;Y++)c[Y]!=null&&(f==0?U=fe=i[Y]:X=ae=i[Y],h.moveTo(U,X),h.lineTo(fe,ae));h.stroke(),k==1&&h.translate(-z,-z)}function Lc(i){let c=!0;return D.forEach((f,m)=>{if(!f.show)return;let b=E[f.scale];if(b.min==null){f._show&&(c=!1,f._show=!1,zn(!1));return}else f._show||(c=!1,f._show=!0,zn(!1));let $=f.side,T=$%2,{min:M,max:L}=b,[F,z]=Dc(m,M,L,T==0?ee:q);if(z==0)return;let U=b.distr==2,X=f._splits=f.splits(n,m,M,L,F,z,U),fe=b.distr==2?X.map(V=>Tt[V]):X,ae=b.distr==2?Tt[X[1]]-Tt[X[0]]:F,oe=f._values=f.values(n,f.filter(n,fe,m,z,ae),m,z,ae);f._rotate=$==2?f.rotate(n,oe,m,z):0;let Y=f._size;f._size=kt(f.size(n,oe,m,i)),Y!=null&&f._size!=Y&&(c=!1)}),c}function Rc(i){let c=!0;return es.forEach((f,m)=>{let b=f(n,m,pn,i);b!=jt[m]&&(c=!1),jt[m]=b}),c}function Nc(){for(let i=0;i<D.length;i++){let c=D[i];if(!c.show||!c._show)continue;let f=c.side,m=f%2,b,$,T=c.stroke(n,i),M=f==0||f==3?-1:1,[L,F]=c._found;if(c.label!=null){let et=c.labelGap*M,ut=ze((c._lpos+et)*de);os(c.labelFont[0],T,"center",f==2?"top":Mi),h.save(),m==1?(b=$=0,h.translate(ut,ze(gt+St/2)),h.rotate((f==3?-il:il)/2)):(b=ze(it+lt/2),$=ut);let gn=ya(c.label)?c.label(n,i,L,F):c.label;h.fillText(gn,b,$),h.restore()}if(F==0)continue;let z=E[c.scale],U=m==0?lt:St,X=m==0?it:gt,fe=c._splits,ae=z.distr==2?fe.map(et=>Tt[et]):fe,oe=z.distr==2?Tt[fe[1]]-Tt[fe[0]]:L,Y=c.ticks,V=c.border,ke=Y.show?Y.size:0,Me=ze(ke*de),Be=ze((c.alignTo==2?c._size-ke-c.gap:c.gap)*de),ge=c._rotate*-il/180,Pe=x(c._pos*de),at=(Me+Be)*M,Xe=Pe+at;$=m==0?Xe:0,b=m==1?Xe:0;let yt=c.font[0],Et=c.align==1?Qn:c.align==2?mr:ge>0?Qn:ge<0?mr:m==0?"center":f==3?mr:Qn,It=ge||m==1?"middle":f==2?"top":Mi;os(yt,T,Et,It);let ct=c.font[1]*c.lineGap,vt=fe.map(et=>x(a(et,z,U,X))),Ct=c._values;for(let et=0;et<Ct.length;et++){let ut=Ct[et];if(ut!=null){m==0?b=vt[et]:$=vt[et],ut=""+ut;let gn=ut.indexOf(`
`)==-1?[ut]:ut.split(/\n/gm);for(let tt=0;tt<gn.length;tt++){let Ts=gn[tt];ge?(h.save(),h.translate(b,$+tt*ct),h.rotate(ge),h.fillText(Ts,0,0),h.restore()):h.fillText(Ts,b,$+tt*ct)}}}Y.show&&Ll(vt,Y.filter(n,ae,i,F,oe),m,f,Pe,Me,be(Y.width*de,3),Y.stroke(n,i),Y.dash,Y.cap);let Ft=c.grid;Ft.show&&Ll(vt,Ft.filter(n,ae,i,F,oe),m,m==0?2:1,m==0?gt:it,m==0?St:lt,be(Ft.width*de,3),Ft.stroke(n,i),Ft.dash,Ft.cap),V.show&&Ll([Pe],[1],m==0?1:0,m==0?1:2,m==1?gt:it,m==1?St:lt,be(V.width*de,3),V.stroke(n,i),V.dash,V.cap)}Ge("drawAxes")}function zn(i){w.forEach((c,f)=>{f>0&&(c._paths=null,i&&(l==1?(c.min=null,c.max=null):c.facets.forEach(m=>{m.min=null,m.max=null})))})}let Io=!1,Rl=!1,uo=[];function Oc(){Rl=!1;for(let i=0;i<uo.length;i++)Ge(...uo[i]);uo.length=0}function qn(){Io||(xf(as),Io=!0)}function Ic(i,c=!1){Io=!0,Rl=c,i(n),as(),c&&uo.length>0&&queueMicrotask(Oc)}n.batch=Ic;function as(){if($l&&(Cc(),$l=!1),Ln&&($c(),Ln=!1),Po){if(Se(g,Qn,ye),Se(g,"top",Fe),Se(g,xo,ee),Se(g,So,q),Se(v,Qn,ye),Se(v,"top",Fe),Se(v,xo,ee),Se(v,So,q),Se(_,xo,Ht),Se(_,So,an),p.width=ze(Ht*de),p.height=ze(an*de),D.forEach(({_el:i,_show:c,_size:f,_pos:m,side:b})=>{if(i!=null)if(c){let $=b===3||b===0?f:0,T=b%2==1;Se(i,T?"left":"top",m-$),Se(i,T?"width":"height",f),Se(i,T?"top":"left",T?Fe:ye),Se(i,T?"height":"width",T?q:ee),kr(i,wn)}else dt(i,wn)}),Ro=Fn=xl=Tl=El=Cl=Al=Ml=Sl=null,rt=1,mo(!0),ye!=Dn||Fe!=cn||ee!=Lt||q!=un){zn(!1);let i=ee/Lt,c=q/un;if(Qe&&!fn&&W.left>=0){W.left*=i,W.top*=c,Un&&qt(Un,ze(W.left),0,ee,q),Hn&&qt(Hn,0,ze(W.top),ee,q);for(let f=0;f<bt.length;f++){let m=bt[f];m!=null&&(On[f]*=i,In[f]*=c,qt(m,kt(On[f]),kt(In[f]),ee,q))}}if(we.show&&!Do&&we.left>=0&&we.width>0){we.left*=i,we.width*=i,we.top*=c,we.height*=c;for(let f in ql)Se(Gn,f,we[f])}Dn=ye,cn=Fe,Lt=ee,un=q}Ge("setSize"),Po=!1}Ht>0&&an>0&&(h.clearRect(0,0,p.width,p.height),Ge("drawClear"),O.forEach(i=>i()),Ge("draw")),we.show&&Do&&(Fo(we),Do=!1),Qe&&fn&&(hn(null,!0,!1),fn=!1),ne.show&&ne.live&&_t&&(Fl(),_t=!1),u||(u=!0,n.status=1,Ge("ready")),co=!1,Io=!1}n.redraw=(i,c)=>{Ln=c||!1,i!==!1?Yt(S,C.min,C.max):qn()};function Nl(i,c){let f=E[i];if(f.from==null){if(Ke==0){let m=f.range(n,c.min,c.max,i);c.min=m[0],c.max=m[1]}if(c.min>c.max){let m=c.min;c.min=c.max,c.max=m}if(Ke>1&&c.min!=null&&c.max!=null&&c.max-c.min<1e-16)return;i==S&&f.distr==2&&Ke>0&&(c.min=Mt(c.min,t[0]),c.max=Mt(c.max,t[0]),c.min==c.max&&c.max++),j[i]=c,$l=!0,qn()}}n.setScale=Nl;let Ol,Il,Un,Hn,cs,us,Wn,Vn,fs,ds,$e,Ce,Kt=!1,Ye=W.drag,We=Ye.x,Ve=Ye.y;Qe&&(W.x&&(Ol=wt(ju,v)),W.y&&(Il=wt(Ku,v)),C.ori==0?(Un=Ol,Hn=Il):(Un=Il,Hn=Ol),$e=W.left,Ce=W.top);let we=n.select=Oe({show:!0,over:!0,left:0,width:0,top:0,height:0},e.select),Gn=we.show?wt(Bu,we.over?v:g):null;function Fo(i,c){if(we.show){for(let f in i)we[f]=i[f],f in ql&&Se(Gn,f,i[f]);c!==!1&&Ge("setSelect")}}n.setSelect=Fo;function Fc(i){if(w[i].show)Ie&&kr(Ae[i],wn);else if(Ie&&dt(Ae[i],wn),Qe){let f=Nn?bt[0]:bt[i];f!=null&&qt(f,-10,-10,ee,q)}}function Yt(i,c,f){Nl(i,{min:c,max:f})}function Nt(i,c,f,m){c.focus!=null&&Wc(i),c.show!=null&&w.forEach((b,$)=>{$>0&&(i==$||i==null)&&(b.show=c.show,Fc($),l==2?(Yt(b.facets[0].scale,null,null),Yt(b.facets[1].scale,null,null)):Yt(b.scale,null,null),qn())}),f!==!1&&Ge("setSeries",i,c),m&&ho("setSeries",n,i,c)}n.setSeries=Nt;function zc(i,c){Oe(N[i],c)}function qc(i,c){i.fill=le(i.fill||null),i.dir=ue(i.dir,-1),c=c??N.length,N.splice(c,0,i)}function Uc(i){i==null?N.length=0:N.splice(i,1)}n.addBand=qc,n.setBand=zc,n.delBand=Uc;function Hc(i,c){w[i].alpha=c,Qe&&bt[i]!=null&&(bt[i].style.opacity=c),Ie&&Ae[i]&&(Ae[i].style.opacity=c)}let Wt,Jt,mn,Bn={focus:!0};function Wc(i){if(i!=mn){let c=i==null,f=Rt.alpha!=1;w.forEach((m,b)=>{if(l==1||b>0){let $=c||b==0||b==i;m._focus=c?null:$,f&&Hc(b,$?1:Rt.alpha)}}),mn=i,f&&qn()}}Ie&&Rn&&Ze(Ri,pe,i=>{W._lock||(dn(i),mn!=null&&Nt(null,Bn,!0,Le.setSeries))});function Ot(i,c,f){let m=E[c];f&&(i=i/de-(m.ori==1?Fe:ye));let b=ee;m.ori==1&&(b=q,i=b-i),m.dir==-1&&(i=b-i);let $=m._min,T=m._max,M=i/b,L=$+(T-$)*M,F=m.distr;return F==3?eo(10,L):F==4?df(L,m.asinh):F==100?m.bwd(L):L}function Vc(i,c){let f=Ot(i,S,c);return Mt(f,t[0],Ue,He)}n.valToIdx=i=>Mt(i,t[0]),n.posToIdx=Vc,n.posToVal=Ot,n.valToPos=(i,c,f)=>E[c].ori==0?r(i,E[c],f?lt:ee,f?it:0):s(i,E[c],f?St:q,f?gt:0),n.setCursor=(i,c,f)=>{$e=i.left,Ce=i.top,hn(null,c,f)};function ps(i,c){Se(Gn,Qn,we.left=i),Se(Gn,xo,we.width=c)}function ms(i,c){Se(Gn,"top",we.top=i),Se(Gn,So,we.height=c)}let fo=C.ori==0?ps:ms,po=C.ori==1?ps:ms;function Gc(){if(Ie&&ne.live)for(let i=l==2?1:0;i<w.length;i++){if(i==0&&ht)continue;let c=ne.values[i],f=0;for(let m in c)Dt[i][f++].firstChild.nodeValue=c[m]}}function Fl(i,c){if(i!=null&&(i.idxs?i.idxs.forEach((f,m)=>{he[m]=f}):gf(i.idx)||he.fill(i.idx),ne.idx=he[0]),Ie&&ne.live){for(let f=0;f<w.length;f++)(f>0||l==1&&!ht)&&Bc(f,he[f]);Gc()}_t=!1,c!==!1&&Ge("setLegend")}n.setLegend=Fl;function Bc(i,c){let f=w[i],m=i==0&&H==2?Tt:t[i],b;ht?b=f.values(n,i,c)??Bt:(b=f.value(n,c==null?null:m[c],i,c),b=b==null?Bt:{_:b}),ne.values[i]=b}function hn(i,c,f){fs=$e,ds=Ce,[$e,Ce]=W.move(n,$e,Ce),W.left=$e,W.top=Ce,Qe&&(Un&&qt(Un,ze($e),0,ee,q),Hn&&qt(Hn,0,ze(Ce),ee,q));let m,b=Ue>He;Wt=_e,Jt=null;let $=C.ori==0?ee:q,T=C.ori==1?ee:q;if($e<0||Ke==0||b){m=W.idx=null;for(let M=0;M<w.length;M++){let L=bt[M];L!=null&&qt(L,-10,-10,ee,q)}Rn&&Nt(null,Bn,!0,i==null&&Le.setSeries),ne.live&&(he.fill(m),_t=!0)}else{let M,L,F;l==1&&(M=C.ori==0?$e:Ce,L=Ot(M,S),m=W.idx=Mt(L,t[0],Ue,He),F=I(t[0][m],C,$,0));let z=-10,U=-10,X=0,fe=0,ae=!0,oe="",Y="";for(let V=l==2?1:0;V<w.length;V++){let ke=w[V],Me=he[V],Be=Me==null?null:l==1?t[V][Me]:t[V][1][Me],ge=W.dataIdx(n,V,m,L),Pe=ge==null?null:l==1?t[V][ge]:t[V][1][ge];if(_t=_t||Pe!=Be||ge!=Me,he[V]=ge,V>0&&ke.show){let at=ge==null?-10:ge==m?F:I(l==1?t[0][ge]:t[V][0][ge],C,$,0),Xe=Pe==null?-10:Z(Pe,l==1?E[ke.scale]:E[ke.facets[1].scale],T,0);if(Rn&&Pe!=null){let yt=C.ori==1?$e:Ce,Et=qe(Rt.dist(n,V,ge,Xe,yt));if(Et<Wt){let It=Rt.bias;if(It!=0){let ct=Ot(yt,ke.scale),vt=Pe>=0?1:-1,Ct=ct>=0?1:-1;Ct==vt&&(Ct==1?It==1?Pe>=ct:Pe<=ct:It==1?Pe<=ct:Pe>=ct)&&(Wt=Et,Jt=V)}else Wt=Et,Jt=V}}if(_t||Nn){let yt,Et;C.ori==0?(yt=at,Et=Xe):(yt=Xe,Et=at);let It,ct,vt,Ct,Ft,et,ut=!0,gn=Je.bbox;if(gn!=null){ut=!1;let tt=gn(n,V);vt=tt.left,Ct=tt.top,It=tt.width,ct=tt.height}else vt=yt,Ct=Et,It=ct=Je.size(n,V);if(et=Je.fill(n,V),Ft=Je.stroke(n,V),Nn)V==Jt&&Wt<=Rt.prox&&(z=vt,U=Ct,X=It,fe=ct,ae=ut,oe=et,Y=Ft);else{let tt=bt[V];tt!=null&&(On[V]=vt,In[V]=Ct,Ui(tt,It,ct,ut),zi(tt,et,Ft),qt(tt,kt(vt),kt(Ct),ee,q))}}}}if(Nn){let V=Rt.prox,ke=mn==null?Wt<=V:Wt>V||Jt!=mn;if(_t||ke){let Me=bt[0];Me!=null&&(On[0]=z,In[0]=U,Ui(Me,X,fe,ae),zi(Me,oe,Y),qt(Me,kt(z),kt(U),ee,q))}}}if(we.show&&Kt)if(i!=null){let[M,L]=Le.scales,[F,z]=Le.match,[U,X]=i.cursor.sync.scales,fe=i.cursor.drag;if(We=fe._x,Ve=fe._y,We||Ve){let{left:ae,top:oe,width:Y,height:V}=i.select,ke=i.scales[U].ori,Me=i.posToVal,Be,ge,Pe,at,Xe,yt=M!=null&&F(M,U),Et=L!=null&&z(L,X);yt&&We?(ke==0?(Be=ae,ge=Y):(Be=oe,ge=V),Pe=E[M],at=I(Me(Be,U),Pe,$,0),Xe=I(Me(Be+ge,U),Pe,$,0),fo(Pt(at,Xe),qe(Xe-at))):fo(0,$),Et&&Ve?(ke==1?(Be=ae,ge=Y):(Be=oe,ge=V),Pe=E[L],at=Z(Me(Be,X),Pe,T,0),Xe=Z(Me(Be+ge,X),Pe,T,0),po(Pt(at,Xe),qe(Xe-at))):po(0,T)}else Ul()}else{let M=qe(fs-cs),L=qe(ds-us);if(C.ori==1){let X=M;M=L,L=X}We=Ye.x&&M>=Ye.dist,Ve=Ye.y&&L>=Ye.dist;let F=Ye.uni;F!=null?We&&Ve&&(We=M>=F,Ve=L>=F,!We&&!Ve&&(L>M?Ve=!0:We=!0)):Ye.x&&Ye.y&&(We||Ve)&&(We=Ve=!0);let z,U;We&&(C.ori==0?(z=Wn,U=$e):(z=Vn,U=Ce),fo(Pt(z,U),qe(U-z)),Ve||po(0,T)),Ve&&(C.ori==1?(z=Wn,U=$e):(z=Vn,U=Ce),po(Pt(z,U),qe(U-z)),We||fo(0,$)),!We&&!Ve&&(fo(0,0),po(0,0))}if(Ye._x=We,Ye._y=Ve,i==null){if(f){if(Ss!=null){let[M,L]=Le.scales;Le.values[0]=M!=null?Ot(C.ori==0?$e:Ce,M):null,Le.values[1]=L!=null?Ot(C.ori==1?$e:Ce,L):null}ho(hr,n,$e,Ce,ee,q,m)}if(Rn){let M=f&&Le.setSeries,L=Rt.prox;mn==null?Wt<=L&&Nt(Jt,Bn,!0,M):Wt>L?Nt(null,Bn,!0,M):Jt!=mn&&Nt(Jt,Bn,!0,M)}}_t&&(ne.idx=m,Fl()),c!==!1&&Ge("setCursor")}let Qt=null;Object.defineProperty(n,"rect",{get(){return Qt==null&&mo(!1),Qt}});function mo(i=!1){i?Qt=null:(Qt=v.getBoundingClientRect(),Ge("syncRect",Qt))}function hs(i,c,f,m,b,$,T){W._lock||Kt&&i!=null&&i.movementX==0&&i.movementY==0||(zl(i,c,f,m,b,$,T,!1,i!=null),i!=null?hn(null,!0,!0):hn(c,!0,!1))}function zl(i,c,f,m,b,$,T,M,L){if(Qt==null&&mo(!1),dn(i),i!=null)f=i.clientX-Qt.left,m=i.clientY-Qt.top;else{if(f<0||m<0){$e=-10,Ce=-10;return}let[F,z]=Le.scales,U=c.cursor.sync,[X,fe]=U.values,[ae,oe]=U.scales,[Y,V]=Le.match,ke=c.axes[0].side%2==1,Me=C.ori==0?ee:q,Be=C.ori==1?ee:q,ge=ke?$:b,Pe=ke?b:$,at=ke?m:f,Xe=ke?f:m;if(ae!=null?f=Y(F,ae)?a(X,E[F],Me,0):-10:f=Me*(at/ge),oe!=null?m=V(z,oe)?a(fe,E[z],Be,0):-10:m=Be*(Xe/Pe),C.ori==1){let yt=f;f=m,m=yt}}L&&(c==null||c.cursor.event.type==hr)&&((f<=1||f>=ee-1)&&(f=vn(f,ee)),(m<=1||m>=q-1)&&(m=vn(m,q))),M?(cs=f,us=m,[Wn,Vn]=W.move(n,f,m)):($e=f,Ce=m)}let ql={width:0,height:0,left:0,top:0};function Ul(){Fo(ql,!1)}let gs,_s,bs,ys;function vs(i,c,f,m,b,$,T){Kt=!0,We=Ve=Ye._x=Ye._y=!1,zl(i,c,f,m,b,$,T,!0,!1),i!=null&&(Ze(gr,$r,$s,!1),ho(Di,n,Wn,Vn,ee,q,null));let{left:M,top:L,width:F,height:z}=we;gs=M,_s=L,bs=F,ys=z}function $s(i,c,f,m,b,$,T){Kt=Ye._x=Ye._y=!1,zl(i,c,f,m,b,$,T,!1,!0);let{left:M,top:L,width:F,height:z}=we,U=F>0||z>0,X=gs!=M||_s!=L||bs!=F||ys!=z;if(U&&X&&Fo(we),Ye.setScale&&U&&X){let fe=M,ae=F,oe=L,Y=z;if(C.ori==1&&(fe=L,ae=z,oe=M,Y=F),We&&Yt(S,Ot(fe,S),Ot(fe+ae,S)),Ve)for(let V in E){let ke=E[V];V!=S&&ke.from==null&&ke.min!=_e&&Yt(V,Ot(oe+Y,V),Ot(oe,V))}Ul()}else W.lock&&(W._lock=!W._lock,hn(c,!0,i!=null));i!=null&&(Pn(gr,$r),ho(gr,n,$e,Ce,ee,q,null))}function jc(i,c,f,m,b,$,T){if(W._lock)return;dn(i);let M=Kt;if(Kt){let L=!0,F=!0,z=10,U,X;C.ori==0?(U=We,X=Ve):(U=Ve,X=We),U&&X&&(L=$e<=z||$e>=ee-z,F=Ce<=z||Ce>=q-z),U&&L&&($e=$e<Wn?0:ee),X&&F&&(Ce=Ce<Vn?0:q),hn(null,!0,!0),Kt=!1}$e=-10,Ce=-10,he.fill(null),hn(null,!0,!0),M&&(Kt=M)}function ws(i,c,f,m,b,$,T){W._lock||(dn(i),kl(),Ul(),i!=null&&ho(Ni,n,$e,Ce,ee,q,null))}function ks(){D.forEach(Dd),wl(n.width,n.height,!0)}kn(al,Xn,ks);let jn={};jn.mousedown=vs,jn.mousemove=hs,jn.mouseup=$s,jn.dblclick=ws,jn.setSeries=(i,c,f,m)=>{let b=Le.match[2];f=b(n,c,f),f!=-1&&Nt(f,m,!0,!1)},Qe&&(Ze(Di,v,vs),Ze(hr,v,hs),Ze(Li,v,i=>{dn(i),mo(!1)}),Ze(Ri,v,jc),Ze(Ni,v,ws),Ar.add(n),n.syncRect=mo);let zo=n.hooks=e.hooks||{};function Ge(i,c,f){Rl?uo.push([i,c,f]):i in zo&&zo[i].forEach(m=>{m.call(null,n,c,f)})}(e.plugins||[]).forEach(i=>{for(let c in i.hooks)zo[c]=(zo[c]||[]).concat(i.hooks[c])});let xs=(i,c,f)=>f,Le=Oe({key:null,setSeries:!1,filters:{pub:Bi,sub:Bi},scales:[S,w[1]?w[1].scale:null],match:[ji,ji,xs],values:[null,null]},W.sync);Le.match.length==2&&Le.match.push(xs),W.sync=Le;let Ss=Le.key,Hl=Wa(Ss);function ho(i,c,f,m,b,$,T){Le.filters.pub(i,c,f,m,b,$,T)&&Hl.pub(i,c,f,m,b,$,T)}Hl.sub(n);function Kc(i,c,f,m,b,$,T){Le.filters.sub(i,c,f,m,b,$,T)&&jn[i](null,c,f,m,b,$,T)}n.pub=Kc;function Yc(){Hl.unsub(n),Ar.delete(n),sn.clear(),xr(al,Xn,ks),d.remove(),pe?.remove(),Ge("destroy")}n.destroy=Yc;function Wl(){Ge("init",e,t),ts(t||e.data,!1),j[S]?Nl(S,j[S]):kl(),Do=we.show&&(we.width>0||we.height>0),fn=_t=!0,wl(e.width,e.height)}return w.forEach(Xr),D.forEach(Ec),o?o instanceof HTMLElement?(o.appendChild(d),Wl()):o(n,Wl):Wl(),n}je.assign=Oe;je.fmtNum=Or;je.rangeNum=cl;je.rangeLog=dl;je.rangeAsinh=Rr;je.orient=Sn;je.pxRatio=de;je.join=kf;je.fmtDate=Fr,je.tzDate=Rf;je.sync=Wa;{je.addGap=gd,je.clipGaps=hl;let e=je.paths={points:Ya};e.linear=Qa,e.stepped=yd,e.bars=vd,e.spline=wd}var tc=Jo.bind(Ko),yl=["#0072b2","#e69f00","#009e73","#cc79a7","#56b4e9","#d55e00","#7f7f7f"],nc=220,Ld=[1,2,5].flatMap(e=>[1,10,100,1e3,1e4,1e5,1e6,1e7,1e8,1e9].map(t=>e*t)).sort((e,t)=>e-t);function Tn({caption:e,x:t,series:o,bars:n=!1,format:l=String,integer:r=!1}){let s=De(null),a=De(null);ce(()=>{let p=s.current;if(!p)return;let h=getComputedStyle(p).color||"#333",_=t.length<3||o.some(v=>v.values.some(k=>k==null)),g={width:Math.max(p.clientWidth,200),height:nc,padding:[12,28,0,0],cursor:{drag:{x:!1,y:!1}},scales:{x:{time:!0}},legend:{live:!0},axes:[{stroke:h,grid:{stroke:"rgba(128,128,128,0.15)"}},{stroke:h,grid:{stroke:"rgba(128,128,128,0.15)"},size:(v,k)=>k?Math.max(40,...k.map(x=>x.length*8+20)):50,values:(v,k)=>k.map(x=>l(x)),...r?{incrs:Ld}:{}}],series:[{},...o.map((v,k)=>({label:v.label,stroke:yl[k%yl.length],fill:n?yl[k%yl.length]+"99":void 0,width:n?1:2,points:{show:_,size:6},paths:n?je.paths.bars({size:[.6,40]}):void 0,value:(x,A)=>A==null?"–":l(A)}))]};return a.current=new je(g,[t,...o.map(v=>v.values)],p),()=>{a.current.destroy(),a.current=null}},[t,o,n,l,r]),ce(()=>{let p=s.current;if(!p||typeof ResizeObserver>"u")return;let h=new ResizeObserver(()=>{let _=Math.max(p.clientWidth,200);a.current&&a.current.width!==_&&a.current.setSize({width:_,height:nc})});return h.observe(p),()=>h.disconnect()},[]);let u=t.length-1,d=u>=0?new Date(t[u]*1e3).toLocaleString():"";return tc`
    <figure class="chart">
      <figcaption>${e}</figcaption>
      <div class="chart-plot" ref=${s} aria-hidden="true"></div>
      <div class="visually-hidden">
      <table>
        <caption>${e}: latest bucket (${d}) and the whole period</caption>
        <thead><tr><th scope="col">Series</th><th scope="col">Latest</th><th scope="col">Period</th></tr></thead>
        <tbody>
          ${o.map(p=>tc`<tr key=${p.label}>
              <th scope="row">${p.label}</th>
              <td>${u>=0&&p.values[u]!=null?l(p.values[u]):"–"}</td>
              <td>${p.total!=null?l(p.total):"–"}</td>
            </tr>`)}
        </tbody>
      </table>
      </div>
    </figure>
  `}var rn=3600,En=24*rn,Cn=[{value:"1h",label:"Last hour",seconds:rn,granularity:"hour"},{value:"24h",label:"Last 24 hours",seconds:24*rn,granularity:"hour"},{value:"7d",label:"Last 7 days",seconds:168*rn,granularity:"hour"},{value:"30d",label:"Last 30 days",seconds:720*rn,granularity:"day"}],oc=[{value:"provider",label:"Provider"},{value:"model",label:"Model"},{value:"key",label:"Key"},{value:"user",label:"User"}],Gr=6;function lc(e){return e?.role==="member"?"/v1/usage":"/admin/v1/usage"}function vl(e,t,o=Date.now()){let n=Cn.find(a=>a.value===e)||Cn[1],l=new Date(o),r=new Date(o-n.seconds*1e3),s=new URLSearchParams({granularity:n.granularity,from:r.toISOString(),to:l.toISOString()});return t&&s.set("group_by",t),s.toString()}function rc(e,t,o){let n=Cn.find(u=>u.value===e)||Cn[1],l=[...new Set(o.map(u=>Date.parse(u.start)/1e3))],r=new Set(l),s=Math.floor(t/1e3),a=s-n.seconds;if(n.granularity==="hour")for(let u=Math.floor(a/rn)*rn;u<s;u+=rn)r.add(u);else{let u=l.length?Math.max(...l):Math.floor(s/En)*En,d=p=>l.some(h=>Math.abs(h-p)<En/2);for(let p=u;p>a-En;p-=En)d(p)||r.add(p);for(let p=u+En;p<s;p+=En)d(p)||r.add(p)}return[...r].sort((u,d)=>u-d)}function Rd(e,t){switch(t){case"provider":return e.provider||"(none)";case"model":return e.model||"(none)";case"key":return e.key_prefix||e.key_id||"(no API key)";case"user":return e.user||"(none)";default:return"All"}}function Br(e,t,o,n,l=null){let r=new Map(e.map((h,_)=>[h,_])),s=new Map;for(let h of t){let _=Rd(h,o);s.has(_)||s.set(_,{label:_,values:new Array(e.length).fill(0),total:0});let g=s.get(_),v=r.get(Date.parse(h.start)/1e3),k=n(h.totals||{});v!==void 0&&(g.values[v]+=k),g.total+=k}let a=h=>{let _=l?l.indexOf(h.label):-1;return _<0?1/0:_},u=[...s.values()].sort((h,_)=>a(h)-a(_)||_.total-h.total||h.label.localeCompare(_.label));if(u.length<=Gr)return u;let d=u.slice(0,Gr-1),p={label:"other",values:new Array(e.length).fill(0),total:0};for(let h of u.slice(Gr-1))h.values.forEach((_,g)=>p.values[g]+=_),p.total+=h.total;return[...d,p]}function sc(e,t,o){let n=new Map(t.map(a=>[Date.parse(a.start)/1e3,a.totals||{}])),l=(a,u=0)=>e.map(d=>n.has(d)?a(n.get(d)):u),r=o||{},s=te(r.requests);return{tokens:[{label:"Prompt",values:l(a=>te(a.prompt_tokens)),total:te(r.prompt_tokens)},{label:"Completion",values:l(a=>te(a.completion_tokens)),total:te(r.completion_tokens)}],latency:[{label:"Mean",values:l(a=>te(a.requests)?te(a.latency_mean_ms):null,null),total:te(r.latency_mean_ms)},{label:"p95",values:l(a=>te(a.requests)?te(a.latency_p95_ms):null,null),total:te(r.latency_p95_ms)}],errorRate:[{label:"Errors",values:l(a=>te(a.requests)?100*te(a.errors)/te(a.requests):null,null),total:s?100*te(r.errors)/s:null}]}}function ic(e,t=10){let o=new Map;for(let n of e){let l=n.model||"(none)";o.has(l)||o.set(l,{model:l,requests:0,errors:0,prompt:0,completion:0,costNanos:0,latencySum:0,unpriced:0});let r=o.get(l),s=n.totals||{};r.requests+=te(s.requests),r.errors+=te(s.errors),r.prompt+=te(s.prompt_tokens),r.completion+=te(s.completion_tokens),r.costNanos+=te(s.cost_nanos),r.unpriced+=te(s.unpriced_requests),r.latencySum+=te(s.latency_mean_ms)*te(s.requests)}return[...o.values()].map(n=>({...n,latencyMean:n.requests?Math.round(n.latencySum/n.requests):0})).sort((n,l)=>l.requests-n.requests||l.costNanos-n.costNanos).slice(0,t)}async function ac(e,t,o,n){let l=lc(e),[r,s,a]=await Promise.all([J("GET",`${l}?${vl(t,"",n)}`),J("GET",`${l}?${vl(t,o,n)}`),o==="model"?null:J("GET",`${l}?${vl(t,"model",n)}`)]);return{overall:r,grouped:s,models:a||s,now:n}}async function cc(e,t,o){let n=await fetch(`${lc(e)}?${vl(t,o)}`,{headers:{accept:"text/csv"},credentials:"same-origin"});if(!n.ok){let a=`${n.status} ${n.statusText}`;try{let u=await n.json();a=u?.error?.message||u?.message||a}catch{}throw Object.assign(new Error(a),{status:n.status})}let l=await n.blob(),r=URL.createObjectURL(l),s=document.createElement("a");s.href=r,s.download=`usage-${t}-by-${o}-${new Date().toISOString().slice(0,10)}.csv`,document.body.appendChild(s),s.click(),s.remove(),setTimeout(()=>URL.revokeObjectURL(r),1e3)}var jr=e=>`${$t(e)} ms`,uc=e=>`${Number(e).toFixed(Number(e)>=10||Number(e)===0?0:1)}%`,fc=e=>$t(e);function Kr({me:e}){let[t,o]=P("24h"),[n,l]=P("model"),[r,s]=P(null),[a,u]=P(!0),[d,p]=P(null),[h,_]=P(!1),g=De(0),v=tn(async()=>{let w=++g.current;u(!0),p(null);try{let D=await ac(e,t,n,Date.now());w===g.current&&s(D)}catch(D){w===g.current&&p(D)}w===g.current&&u(!1)},[e,t,n]);ce(()=>{v()},[v]);let k=async()=>{_(!0),p(null);try{await cc(e,t,n)}catch(w){p(w)}_(!1)},x=Zo(()=>r?Nd(r,t,n):null,[r,t,n]),A=e?.role==="member";return y`
    <section class="page usage-page">
      <h1>Usage</h1>
      <p class="page-intro">${A?"Your own usage: every key and token of yours.":"Everyone’s usage."}</p>
      <form class="row usage-controls" onSubmit=${w=>{w.preventDefault(),v()}}>
        <div class="field">
          <label for="usage-period">Period</label>
          <select id="usage-period" value=${t} onChange=${w=>o(w.currentTarget.value)}>
            ${Cn.map(w=>y`<option value=${w.value}>${w.label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="usage-group">Group by</label>
          <select id="usage-group" value=${n} onChange=${w=>l(w.currentTarget.value)}>
            ${oc.map(w=>y`<option value=${w.value}>${w.label}</option>`)}
          </select>
        </div>
        <div class="row-buttons">
          <button type="submit" disabled=${a}>Refresh</button>
          <button type="button" onClick=${k} disabled=${h}>Export CSV</button>
        </div>
      </form>
      <p class="hint">${Cn.find(w=>w.value===t)?.granularity==="day"?"One point a day (days in the gateway’s time zone).":"One point an hour (UTC hours)."}</p>
      ${a&&y`<${xe} />`}
      <${se} error=${d} />
      ${x&&y`<${Od} view=${x} />`}
    </section>
  `}function Nd(e,t,o){let n=e.overall.buckets||[],l=e.grouped.buckets||[],r=rc(t,e.now,[...n,...l]),s=e.overall.totals||{},a=Br(r,l,o,d=>te(d.requests)),u=a.map(d=>d.label);return{x:r,totals:s,empty:te(s.requests)===0,requests:a,cost:Br(r,l,o,d=>te(d.cost_nanos)/1e9,u),...sc(r,n,s),models:ic(e.models.buckets||[])}}function Od({view:e}){if(e.empty)return y`<p class="empty">No traffic in this period. Requests through the gateway show up here within a second.</p>`;let t=e.totals,o=te(t.requests)?100*te(t.errors)/te(t.requests):0;return y`
    <dl class="totals" aria-label="Totals">
      <div><dt>Requests</dt><dd>${$t(t.requests)}</dd></div>
      <div><dt>Tokens</dt><dd>${$t(te(t.prompt_tokens)+te(t.completion_tokens))}</dd></div>
      <div><dt>Cost</dt><dd>${yn(t.cost_usd)}${te(t.unpriced_requests)?y`<small> + ${$t(t.unpriced_requests)} unpriced</small>`:""}</dd></div>
      <div><dt>Error rate</dt><dd>${uc(o)}</dd></div>
      <div><dt>Latency p95</dt><dd>${jr(t.latency_p95_ms)}</dd></div>
    </dl>
    <div class="charts">
      <${Tn} caption="Requests" x=${e.x} series=${e.requests} bars=${e.requests.length===1}
        format=${fc} integer />
      <${Tn} caption="Tokens" x=${e.x} series=${e.tokens} format=${fc} integer />
      <${Tn} caption="Cost (USD)" x=${e.x} series=${e.cost} format=${yn} />
      <${Tn} caption="Latency (ms)" x=${e.x} series=${e.latency} format=${jr} />
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
          ${e.models.map(n=>y`<tr key=${n.model}>
              <th scope="row">${n.model}</th>
              <td class="num">${$t(n.requests)}</td>
              <td class="num">${$t(n.prompt)}</td>
              <td class="num">${$t(n.completion)}</td>
              <td class="num">${n.unpriced===n.requests?"no price":yn(n.costNanos/1e9)}</td>
              <td class="num">${$t(n.errors)}</td>
              <td class="num">${jr(n.latencyMean)}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function dc(e,t=""){let o=new URLSearchParams({page_size:String(50)});return e.actor&&o.set("actor",e.actor),e.action&&o.set("action",e.action),e.from&&o.set("start_time",new Date(e.from).toISOString()),e.to&&o.set("end_time",new Date(e.to).toISOString()),t&&o.set("page_token",t),o.toString()}function Yr({me:e}){return e?.role!=="admin"?y`<section class="page audit-page">
      <h1>Audit</h1>
      <p class="empty">The audit log is for admins only.</p>
    </section>`:y`<${Id} />`}function Id(){let[e,t]=P({actor:"",action:"",from:"",to:""}),[o,n]=P(null),[l,r]=P(""),[s,a]=P(!0),[u,d]=P(null),p=De(0),h=tn(async(g="")=>{let v=++p.current;a(!0),d(null);try{let k=await J("GET","/admin/v1/audit?"+dc(e,g));if(v!==p.current)return;n(x=>g?[...x||[],...k.entries||[]]:k.entries||[]),r(k.next_page_token||"")}catch(k){if(v!==p.current)return;d(k),g||n(null)}a(!1)},[e]);return ce(()=>{h()},[h]),y`
    <section class="page audit-page">
      <h1>Audit</h1>
      <p class="page-intro">Every change made through the gateway, newest first. Each entry’s hash chains it to the one
        before, so an edited or removed entry shows when the chain is verified.</p>
      <${zd} />
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
            ${Fd.map(g=>y`<option value=${g}></option>`)}
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
      ${o===null?!u&&y`<${xe} />`:o.length===0?y`<p class="empty">No entries match.</p>`:y`<${qd} entries=${o} />`}
      ${o!==null&&s&&y`<${xe} />`}
      ${l&&!s&&y`<button type="button" class="more" onClick=${()=>h(l)}>Load more</button>`}
    </section>
  `}var Fd=["provider.create","provider.update","provider.delete","alias.create","alias.update","alias.delete","key.create","key.revoke","key.rotate","user.create","user.update","user.delete","limits.set","limits.delete","price.set","price.delete","token.issue","auth.failure"];function zd(){let[e,t]=P({busy:!1,text:"",ok:null}),[o,n]=P(null);return y`
    <div class="verify">
      <button type="button" onClick=${async()=>{t({busy:!0,text:"Verifying…",ok:null}),n(null);try{let r=await J("POST","/admin/v1/audit:verify",{}),s=Number(r.entries_checked||0);t(r.ok?{busy:!1,ok:!0,text:`Chain verified: ${s} ${s===1?"entry":"entries"} checked.`}:{busy:!1,ok:!1,text:`Chain broken at entry ${r.first_broken_seq}: ${r.reason||"hash mismatch"}`})}catch(r){t({busy:!1,text:"",ok:null}),n(r)}}} disabled=${e.busy}>Verify chain</button>
      <p role="status" class=${e.ok===!0?"verified":e.ok===!1?"broken":""}>${e.text}</p>
      <${se} error=${o} />
    </div>
  `}function qd({entries:e}){return y`
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
            <th scope="col">From</th>
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
              <td class="wrap">${Ud(t.changes)}</td>
              <td>${t.source_address}</td>
            </tr>`)}
        </tbody>
      </table>
    <//>
  `}function Ud(e){let t=Object.entries(e||{});return t.length?y`<ul class="changes">
    ${t.map(([o,n])=>y`<li key=${o}><span class="change-key">${o}</span>: ${n}</li>`)}
  </ul>`:""}function pc(e,{system:t,message:o,temperature:n,maxTokens:l}){let r=[];t.trim()&&r.push({role:"system",content:t}),r.push({role:"user",content:o});let s={model:e,messages:r,stream:!0,stream_options:{include_usage:!0}};return n!==""&&(s.temperature=Number(n)),l!==""&&(s.max_tokens=Number(l)),s}async function mc(e,t,o){let n=performance.now(),l="",r=!0;o({state:"streaming",text:"",error:null,ttftMs:null,usage:null});let s=u=>{let d=u.headers;o({provider:d.get("x-switchboard-provider")||"",upstreamModel:d.get("x-switchboard-model")||"",alias:d.get("x-switchboard-alias")||"",attempts:d.get("x-switchboard-attempts")||""})},a=u=>{if(!u||typeof u!="object")return;let d={};u.model&&(d.chunkModel=u.model),u.usage&&(d.usage=u.usage);let p=(u.choices||[]).map(h=>h.delta&&h.delta.content||"").join("");p&&(r&&(d.ttftMs=Math.round(performance.now()-n),r=!1),l+=p,d.text=l),o(d)};try{await ri("/v1/chat/completions",e,a,t,s),o({state:"done",totalMs:Math.round(performance.now()-n)})}catch(u){u.name==="AbortError"?o({state:"stopped",totalMs:Math.round(performance.now()-n)}):o({state:"error",error:u})}}function hc(e,t,o,n){if(!e||!n||!o)return null;let l=o.includes("/")?o.slice(o.indexOf("/")+1):o,r=e.find(u=>u.provider===t&&u.model===l)||e.find(u=>u.provider==="*"&&u.model===l);if(!r||r.input===void 0||r.output===void 0)return null;let s=n.prompt_tokens||0,a=n.completion_tokens||0;return(s*Number(r.input)+a*Number(r.output))/1e6}function gc({label:e,run:t,prices:o}){let n=t.usage,l=t.upstreamModel||t.chunkModel,r=n?hc(o,t.provider,l,n):null;return y`<div class="answer-panel">
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
  </div>`}var Hd=4;function _c({label:e,value:t,models:o,onChange:n}){return y`<${Q} label=${e}>
    <select value=${t} onChange=${l=>n(l.currentTarget.value)}>
      ${o.map(l=>y`<option value=${l.id}>${l.id}${l.alias?" (alias)":""}</option>`)}
    </select>
  <//>`}function Jr(){let[e,t]=P(null),[o,n]=P(null),[l,r]=P(null),[s,a]=P(!1),[u,d]=P(["",""]),[p,h]=P({system:"",message:"",temperature:"",maxTokens:""}),[_,g]=P([]),[v,k]=P(!1),x=De(null);ce(()=>(J("GET","/v1/models").then(N=>{let S=(N.data||[]).map(R=>({id:R.id,alias:!R.id.includes("/")&&R.owned_by==="switchboard"}));S.sort((R,O)=>R.alias===O.alias?R.id.localeCompare(O.id):R.alias?-1:1),t(S),S.length&&d([S[0].id,(S[1]||S[0]).id])},r),J("GET","/admin/v1/prices").then(N=>n(N.prices||[]),()=>n([])),()=>x.current&&x.current.abort()),[]);let A=N=>h(S=>({...S,...N})),w=s?u:u.slice(0,1),D=async N=>{if(N.preventDefault(),!p.message.trim()||v)return;let S=new AbortController;x.current=S,k(!0);let R=[...w];g(R.map(O=>({model:O,text:"",state:"streaming"}))),await Promise.all(R.map((O,K)=>mc(pc(O,p),S.signal,G=>g(C=>C.map((H,I)=>I===K?{...H,...G}:H))))),k(!1),x.current=null},E=()=>x.current&&x.current.abort();return l?y`<h1>Playground</h1><${se} error=${l} />`:e?y`<section>
    <h1>Playground</h1>
    ${e.length===0&&y`<p class="empty">No models yet: add a provider first.</p>`}
    <form class="card playground" onSubmit=${D}>
      <label class="check">
        <input type="checkbox" checked=${s} onChange=${N=>a(N.currentTarget.checked)} />
        Compare
      </label>
      <div class="row">
        ${!s&&y`<${_c} label="Model" value=${u[0]} models=${e}
          onChange=${N=>d([N,...u.slice(1)])} />`}
        ${s&&u.map((N,S)=>y`<${_c} key=${S} label=${`Model ${S+1}`} value=${N} models=${e}
          onChange=${R=>d(u.map((O,K)=>K===S?R:O))} />`)}
        ${s&&y`<div class="row">
          <button type="button" disabled=${u.length>=Hd}
            onClick=${()=>d([...u,e[u.length%e.length].id])}>Add model</button>
          ${u.length>2&&y`<button type="button" onClick=${()=>d(u.slice(0,-1))}>Remove last</button>`}
        </div>`}
      </div>
      <${Q} label="System prompt">
        <textarea rows="2" value=${p.system} onInput=${N=>A({system:N.currentTarget.value})} />
      <//>
      <${Q} label="Message">
        <textarea rows="4" value=${p.message} required onInput=${N=>A({message:N.currentTarget.value})} />
      <//>
      <div class="row">
        <${Q} label="Temperature" hint="0–2; empty: the model's default.">
          <input type="number" min="0" max="2" step="0.1" value=${p.temperature} onInput=${N=>A({temperature:N.currentTarget.value})} />
        <//>
        <${Q} label="Max tokens" hint="Empty: no limit.">
          <input type="number" min="1" step="1" value=${p.maxTokens} onInput=${N=>A({maxTokens:N.currentTarget.value})} />
        <//>
      </div>
      <div class="actions">
        <button type="button" onClick=${E} disabled=${!v}>Stop</button>
        <button type="submit" class="primary" disabled=${v||!p.message.trim()||e.length===0}>Send</button>
      </div>
    </form>
    ${_.length>0&&y`<div class=${_.length>1?"answers":""}>
      ${_.map(N=>y`<div>
        ${_.length>1&&y`<h2 class="answer-title"><code>${N.model}</code></h2>`}
        <${gc} label=${_.length>1?`Answer ${N.model}`:"Answer"} run=${N} prices=${o} />
      </div>`)}
    </div>`}
  </section>`:y`<h1>Playground</h1><${xe} />`}var bc=[["providers","Providers",ir],["aliases","Aliases",ur],["keys","Keys",pr],["usage","Usage",Kr],["audit","Audit",Yr],["playground","Playground",Jr]];function yc(){let[e,t]=P(void 0),[o,n]=P(null),[l,r]=P("");if(ce(()=>{ti(()=>{t(null),r("Your session has ended. Sign in again.")}),fi().then(t,n)},[]),e===void 0)return y`<main class="boot">${o?y`<${se} error=${o} />`:y`<${xe} />`}</main>`;if(!e)return y`<${mi} notice=${l} onSignedIn=${a=>{r(""),t(a)}} />`;let s=async()=>{try{await pi()}finally{r("You are signed out."),t(null)}};return y`<${Wd} me=${e.me} onSignOut=${s} />`}function Wd({me:e,onSignOut:t}){let o=gi(),[n,l]=P(!1),r=De(null),s=De(!0),a=e.role||"viewer",u=bc.filter(([g])=>rr(a,g)),d=bc.find(([g])=>g===o),[,p,h]=d||[];ce(()=>{o||window.location.replace("#/"+u[0][0]),document.title=(p||"Switchboard")+" · Switchboard console",l(!1),!s.current&&r.current&&r.current.focus(),s.current=!1},[o]);let _;return o?d?rr(a,o)?_=y`<${h} me=${e} />`:_=y`<h1>${p}</h1><p>Your role (${a}) may not open this page.</p>`:_=y`<h1>Page not found</h1><p>There is no page <code>${o}</code>.</p>`:_=y`<${xe} />`,y`<div class="shell">
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
  </div>`}zs(y`<${yc} />`,document.getElementById("app"));
